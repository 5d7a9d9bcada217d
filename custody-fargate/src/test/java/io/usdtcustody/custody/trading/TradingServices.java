package io.usdtcustody.custody.trading;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ServiceSpec;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** What the trading transfer ITs share: the ledger seen directly, service start-up, HTTP, and waiting. */
final class TradingServices {
    static final Asset USDT = Asset.USDT_ETHEREUM;
    static final JsonCodec CODEC = new JsonCodec();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TradingServices() {
    }

    static DynamoDbLedger ledger(CloudResources cloud) {
        return new DynamoDbLedger(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                Clock.systemUTC());
    }

    /** Starts a service jar against the local cloud with extra settings (they win over the cloud's). */
    static ServiceProcess start(CloudResources cloud, ServiceSpec spec, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.putAll(settings);
        return ServiceProcess.start(ProjectLayout.locate(), spec, Ports.freeOr(0), environment,
                cloud.cloud().stateDir());
    }

    /** A fresh tenant whose customer {@code customer} holds {@code amount} USDT in funding. */
    static TenantId fundedTenant(DynamoDbLedger ledger, String customer, String amount) {
        TenantId tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        ledger.open(mirror);
        ledger.open(funding(tenant, customer));
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, funding(tenant, customer),
                Amount.parse(amount, USDT), TransferKind.DEPOSIT, "seed"));
        return tenant;
    }

    static AccountId funding(TenantId tenant, String customer) {
        return AccountId.customer(tenant, customer, USDT, AccountPurpose.FUNDING);
    }

    static String balance(DynamoDbLedger ledger, TenantId tenant, AccountId account) {
        return ledger.balance(tenant, account).orElse(Amount.zero(USDT)).toPlainString();
    }

    static HttpResponse<String> post(ServiceProcess service, String path, TenantId tenant, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.endpoint() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        request.header("X-Tenant-Id", tenant.value());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    static HttpResponse<String> get(ServiceProcess service, String path, TenantId tenant) {
        return send(HttpRequest.newBuilder(URI.create(service.endpoint() + path)).header("X-Tenant-Id", tenant.value())
                .GET());
    }

    /** The available trading balance of {@code asset} that matching reports for the account. */
    static String tradingAvailable(ServiceProcess matching, TenantId tenant, String account, String asset) {
        var balances = CODEC.readTree(get(matching, "/v1/accounts/" + account + "/balances", tenant).body()
                .getBytes()).path("balances");
        for (var balance : balances) {
            if (asset.equals(balance.path("asset").asText())) {
                return balance.path("available").asText();
            }
        }
        return "0";
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
