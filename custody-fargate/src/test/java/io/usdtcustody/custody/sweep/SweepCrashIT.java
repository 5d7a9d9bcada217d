package io.usdtcustody.custody.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custody halted (like kill -9) right after a sweep's gas top-up was confirmed and recorded, before the sweep
 * transaction is signed: after a restart the sweep completes with exactly one top-up (the gas station's nonce moves
 * by one) and one sweep transaction (the deposit address's nonce is 1), the hot wallet receives the deposit once and
 * the ledger books it once. Drives the service's own jar through its HTTP API: account generation, deposit address,
 * gas station. {@code -Dcrash.rounds=N} repeats it (default 1).
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.HSM, Service.EVM})
class SweepCrashIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 1);
    private static final BigInteger USDT_25 = BigInteger.valueOf(25_000_000);

    private static DynamoDbLedger ledger;

    @BeforeAll
    static void ledger(CloudResources cloud) {
        ledger = new DynamoDbLedger(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                Clock.systemUTC());
    }

    @Test
    void crashBetweenTopUpAndSweep_shouldSweepOnceWithOneTopUp_afterRestart(CloudResources cloud, EvmNode evm)
            throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            crashAndRecover(cloud, evm);
        }
    }

    private void crashAndRecover(CloudResources cloud, EvmNode evm) throws Exception {
        TenantId tenant = TenantId.of("w" + UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_DEPOSITS_CONFIRMATIONS", "1");
        environment.put("CUSTODY_DEPOSITS_POLL_INTERVAL", "300ms");
        environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", "1");
        environment.put("CUSTODY_SWEEPS_INTERVAL", "300ms");
        Map<String, String> crashing = new HashMap<>(environment);
        crashing.put("CUSTODY_FAILPOINT", "AFTER_TOP_UP");

        String station;
        String deposit;
        String hot;
        long stationNonceBefore;
        BigInteger hotBefore;
        try (ServiceProcess custody = start(cloud, crashing)) {
            station = get(custody, "/v1/gas-station").get("address").asText();
            hot = hotEthereumAddress(custody);
            evm.fundEther(station, BigInteger.TEN.pow(18));
            stationNonceBefore = nonce(evm, station);
            hotBefore = evm.tokenBalance(hot);
            HttpResponse<String> generated = post(custody, tenant, "/v1/account-xpubs/ETHEREUM/generate", "g1");
            assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
            deposit = CODEC.readTree(post(custody, tenant, "/v1/customers/alice/deposit-addresses/ETHEREUM", "d1")
                    .body().getBytes()).get("address").asText();
            evm.mint(deposit, USDT_25);
            Await.until("custody to halt after the top-up", Duration.ofSeconds(60), () -> {
                evm.rpc().call("evm_mine");
                return !custody.isAlive();
            }, () -> "");
        }
        assertThat(nonce(evm, station) - stationNonceBefore).as("the top-up went out before the crash").isEqualTo(1);
        assertThat(nonce(evm, deposit)).as("no sweep was sent before the crash").isZero();
        assertThat(evm.tokenBalance(deposit)).isEqualTo(USDT_25);

        AccountId hotMirror = AccountId.platform(tenant, USDT, AccountPurpose.HOT_WALLET);
        try (ServiceProcess custody = start(cloud, environment)) {
            Await.until("the sweep to be booked", Duration.ofSeconds(60), () -> {
                evm.rpc().call("evm_mine");
                return ledger.balance(tenant, hotMirror).map(b -> b.equals(Amount.parse("-25", USDT))).orElse(false);
            }, () -> "");
            Thread.sleep(2_000); // further passes of the restarted service must change nothing
            evm.rpc().call("evm_mine");
        }
        assertThat(nonce(evm, station) - stationNonceBefore).as("exactly one top-up").isEqualTo(1);
        assertThat(nonce(evm, deposit)).as("exactly one sweep transaction").isEqualTo(1);
        assertThat(evm.tokenBalance(deposit)).isZero();
        assertThat(evm.tokenBalance(hot).subtract(hotBefore)).isEqualTo(USDT_25);
        assertThat(ledger.balance(tenant, hotMirror)).contains(Amount.parse("-25", USDT));
        assertThat(ledger.balance(tenant, AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR)))
                .contains(Amount.zero(USDT));
        assertThat(ledger.balance(tenant, AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING)))
                .contains(Amount.parse("25", USDT));
    }

    private static ServiceProcess start(CloudResources cloud, Map<String, String> environment) {
        return ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0), environment,
                cloud.cloud().stateDir());
    }

    private static JsonNode get(ServiceProcess custody, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return CODEC.readTree(response.body().getBytes());
    }

    private static HttpResponse<String> post(ServiceProcess custody, TenantId tenant, String path, String key)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + path))
                .header("X-Tenant-Id", tenant.value()).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hotEthereumAddress(ServiceProcess custody) throws Exception {
        for (JsonNode wallet : get(custody, "/v1/hot-wallets")) {
            if (wallet.get("chain").asText().equals("ETHEREUM")) {
                return wallet.get("address").asText();
            }
        }
        throw new AssertionError("no Ethereum hot wallet");
    }

    private static long nonce(EvmNode evm, String address) {
        return Long.decode(evm.rpc().call("eth_getTransactionCount", address, "latest").asText());
    }
}
