package io.usdtcustody.custody.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** The withdrawal API of the custody jar, over HTTP, against the local cloud. */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class WithdrawalApiIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final String DESTINATION = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonCodec CODEC = new JsonCodec();

    private static ServiceProcess custody;
    private static DynamoDbLedger ledger;

    @BeforeAll
    static void start(CloudResources cloud) {
        custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0),
                cloud.environment(), cloud.cloud().stateDir());
        var naming = cloud.naming();
        ledger = new DynamoDbLedger(cloud.dynamoDb(), naming.table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (custody != null) {
            custody.close();
        }
    }

    /** A fresh tenant whose customer "alice" holds {@code amount} USDT. */
    private static TenantId fundedTenant(String amount) {
        TenantId tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        AccountId alice = funding(tenant);
        ledger.open(mirror);
        ledger.open(alice);
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, alice, Amount.parse(amount, USDT),
                TransferKind.DEPOSIT, "seed"));
        return tenant;
    }

    private static AccountId funding(TenantId tenant) {
        return AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING);
    }

    private static Amount balance(TenantId tenant, AccountPurpose purpose) {
        return ledger.balance(tenant, AccountId.customer(tenant, "alice", USDT, purpose)).orElse(Amount.zero(USDT));
    }

    private static String body(String amount) {
        return "{\"customerId\":\"alice\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"" + amount
                + "\",\"destination\":\"" + DESTINATION + "\"}";
    }

    private static HttpRequest.Builder post(String path, TenantId tenant, String key, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(custody.endpoint() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (tenant != null) {
            b.header("X-Tenant-Id", tenant.value());
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sixtyFourConcurrentWithdrawals_shouldAcceptExactlyTen_andRefuseTheRestForInsufficientFunds() {
        TenantId tenant = fundedTenant("100");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(sendAsync(post("/v1/withdrawals", tenant, "k-" + i, body("10"))));
        }
        List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(10);
        assertThat(responses).filteredOn(r -> r.statusCode() == 422).hasSize(54)
                .allSatisfy(r -> {
                    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                            v -> assertThat(v).startsWith("application/problem+json"));
                    assertThat(r.body()).contains("\"code\":\"INSUFFICIENT_FUNDS\"");
                });
        assertThat(balance(tenant, AccountPurpose.FUNDING)).isEqualTo(Amount.zero(USDT));
        assertThat(balance(tenant, AccountPurpose.WITHDRAWAL_HOLD)).isEqualTo(Amount.parse("100", USDT));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
    }

    @Test
    void theSameRequestTenTimesConcurrently_shouldCreateOneWithdrawal_andAnotherPayloadShouldConflict() {
        TenantId tenant = fundedTenant("100");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(sendAsync(post("/v1/withdrawals", tenant, "same-key", body("10"))));
        }
        List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses.stream().map(r -> CODEC.readTree(r.body().getBytes()).get("id").asText()).distinct()).hasSize(1);
        assertThat(balance(tenant, AccountPurpose.WITHDRAWAL_HOLD)).isEqualTo(Amount.parse("10", USDT));

        HttpResponse<String> conflict = send(post("/v1/withdrawals", tenant, "same-key", body("11")));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"code\":\"IDEMPOTENCY_KEY_REUSED\"");
        assertThat(balance(tenant, AccountPurpose.WITHDRAWAL_HOLD)).isEqualTo(Amount.parse("10", USDT));
    }

    @Test
    void malformedRequests_shouldGetProblemJson_andChangeNothing() {
        TenantId tenant = fundedTenant("100");
        Map<String, HttpRequest.Builder> bad = new java.util.LinkedHashMap<>();
        bad.put("not json", post("/v1/withdrawals", tenant, "b1", "{not json"));
        bad.put("unknown field", post("/v1/withdrawals", tenant, "b2", body("1").replace("}", ",\"memo\":\"x\"}")));
        bad.put("amount as a number", post("/v1/withdrawals", tenant, "b3", body("1").replace("\"1\"", "1")));
        bad.put("negative amount", post("/v1/withdrawals", tenant, "b4", body("-5")));
        bad.put("zero amount", post("/v1/withdrawals", tenant, "b5", body("0")));
        bad.put("seven decimals", post("/v1/withdrawals", tenant, "b6", body("1.0000001")));
        bad.put("huge amount", post("/v1/withdrawals", tenant, "b7", body("99999999999999999999999")));
        bad.put("missing field", post("/v1/withdrawals", tenant, "b8", "{\"customerId\":\"alice\"}"));
        bad.put("bad checksum", post("/v1/withdrawals", tenant, "b9", body("1").replace("BeAed", "BeAeD")));
        bad.put("tron address on ethereum", post("/v1/withdrawals", tenant, "b10",
                body("1").replace(DESTINATION, "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH")));
        bad.put("unknown chain", post("/v1/withdrawals", tenant, "b11", body("1").replace("ETHEREUM", "SOLANA")));
        bad.put("no idempotency key", post("/v1/withdrawals", tenant, null, body("1")));
        bad.put("bad idempotency key", post("/v1/withdrawals", tenant, "has space", body("1")));
        bad.put("no tenant", post("/v1/withdrawals", null, "b12", body("1")));
        bad.put("wrong content type", post("/v1/withdrawals", tenant, "b13", body("1")).setHeader("Content-Type", "text/plain"));
        bad.put("unknown route", post("/v1/nothing-here", tenant, "b14", body("1")));
        bad.put("too large", post("/v1/withdrawals", tenant, "b15", body("1").replace("}", ",\"x\":\"" + "a".repeat(70_000) + "\"}")));

        bad.forEach((name, request) -> {
            HttpResponse<String> response = send(request);
            assertThat(response.statusCode()).as(name).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).as(name)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.body()).as(name).contains("\"code\":\"").doesNotContain("Exception", "at io.");
        });
        assertThat(balance(tenant, AccountPurpose.FUNDING)).isEqualTo(Amount.parse("100", USDT));
        assertThat(balance(tenant, AccountPurpose.WITHDRAWAL_HOLD)).isEqualTo(Amount.zero(USDT));
    }

    @Test
    void anotherTenant_shouldNotSeeTheWithdrawal_andCancelShouldReleaseTheHold() {
        TenantId tenant = fundedTenant("50");
        HttpResponse<String> created = send(post("/v1/withdrawals", tenant, "c1", body("20")));
        String id = CODEC.readTree(created.body().getBytes()).get("id").asText();
        // the default policy lets a small withdrawal through without approvals; nothing signs it yet
        assertThat(CODEC.readTree(created.body().getBytes()).get("state").asText()).isEqualTo("APPROVED");

        HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals/" + id))
                .header("X-Tenant-Id", "someone-else").GET());
        assertThat(foreign.statusCode()).isEqualTo(404);
        HttpResponse<String> foreignCancel = send(post("/v1/withdrawals/" + id + "/cancel", TenantId.of("someone-else"), "x", ""));
        assertThat(foreignCancel.statusCode()).isEqualTo(404);
        assertThat(balance(tenant, AccountPurpose.WITHDRAWAL_HOLD)).isEqualTo(Amount.parse("20", USDT));

        HttpResponse<String> cancelled = send(post("/v1/withdrawals/" + id + "/cancel", tenant, "c2", ""));
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"state\":\"CANCELLED\"");
        assertThat(balance(tenant, AccountPurpose.FUNDING)).isEqualTo(Amount.parse("50", USDT));
    }

    @Test
    void stateChanges_shouldReachTheWalletEventsStream(CloudResources cloud) throws Exception {
        TenantId tenant = fundedTenant("5");
        HttpResponse<String> created = send(post("/v1/withdrawals", tenant, "e1", body("5")));
        String id = CODEC.readTree(created.body().getBytes()).get("id").asText();

        KinesisClient kinesis = cloud.kinesis();
        String stream = cloud.naming().stream(ResourceCatalogue.WALLET_EVENTS);
        List<String> states = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (states.size() < 2 && System.nanoTime() < deadline) {
            states.clear();
            for (var shard : kinesis.listShards(r -> r.streamName(stream)).shards()) {
                String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(shard.shardId())
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
                for (var record : kinesis.getRecords(r -> r.shardIterator(iterator)).records()) {
                    var event = CODEC.decodeEnvelope(record.data().asByteArray());
                    if (event.type().equals("wallet.withdrawal.state-changed")
                            && event.payload().get("withdrawalId").asText().equals(id)) {
                        states.add(event.payload().get("toState").asText());
                    }
                }
            }
            Thread.sleep(300);
        }
        assertThat(states).containsExactly("REQUESTED", "APPROVED");
    }
}
