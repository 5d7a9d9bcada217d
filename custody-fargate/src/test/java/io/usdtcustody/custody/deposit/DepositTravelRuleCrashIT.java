package io.usdtcustody.custody.deposit;

import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.KNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.custody.policy.PolicyReasons;
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
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Travel Rule on deposits through the running custody service, with a kill -9 in the worst place: a 1,500 USDT
 * deposit without data is held (not in the balance, visible as HELD); the originating VASP's data arrives and
 * custody halts right after the ledger credited the customer and before the hold was marked released. After a
 * restart the sender retries its submission: the deposit is RELEASED and credited exactly once.
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.EVM})
class DepositTravelRuleCrashIT {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final BigInteger USDT_1500 = BigInteger.valueOf(1_500_000_000L);

    @Test
    void release_shouldCreditOnce_whenCustodyIsKilledBetweenTheLedgerAndTheHoldRecord(CloudResources cloud,
                                                                                      EvmNode evm) throws Exception {
        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_DEPOSITS_CONFIRMATIONS", "3");
        environment.put("CUSTODY_DEPOSITS_POLL_INTERVAL", "200ms");
        environment.put("CUSTODY_DEPOSITS_START_BLOCK", Long.toString(Long.decode(evm.rpc().call("eth_blockNumber").asText())));
        environment.put("CUSTODY_TRAVEL_RULE_KNOWN_VASP_LEIS", KNOWN_LEI);
        Map<String, String> crashing = new HashMap<>(environment);
        crashing.put("CUSTODY_FAILPOINT", "DEPOSIT_RELEASED_NOT_RECORDED");
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        String address;
        String txHash;
        String depositId;

        try (ServiceProcess custody = start(cloud, crashing)) {
            CustodyDepositClient client = new CustodyDepositClient(custody.endpoint(), tenant);
            client.registerFreshXpub();
            address = client.depositAddress("bob", "a1");
            txHash = evm.mint(address, USDT_1500);
            long logIndex = Long.decode(evm.awaitReceipt(txHash).path("logs").get(0).path("logIndex").asText());
            depositId = DepositBooking.transferId(Chain.ETHEREUM, txHash, logIndex).toString();
            evm.rpc().call("evm_mine");
            evm.rpc().call("evm_mine");
            Await.until("the deposit to be held", Duration.ofSeconds(30),
                    () -> "HELD".equals(deposit(client, depositId).path("state").asText()),
                    () -> deposit(client, depositId).toString());
            assertThat(deposit(client, depositId).get("reason").asText())
                    .isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
            assertThat(client.available("bob")).isEqualTo("0");
            JsonNode queue = CustodyDepositClient.json(CustodyDepositClient.send(new CustodyDepositClient(
                    custody.endpoint(), "platform").request("/v1/deposits/held?tenant=" + tenant).GET()));
            assertThat(queue.findValuesAsText("id")).containsExactly(depositId);
            HttpResponse<String> refused = CustodyDepositClient.send(client.request("/v1/travel-rule/incoming")
                    .header("Idempotency-Key", "tr-bad").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new String(body("0x12", -1L, address, KNOWN_LEI),
                            StandardCharsets.UTF_8).replace("\"LEGL\"", "\"NOPE\""))));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(CustodyDepositClient.json(refused).get("errors").findValuesAsText("field"))
                    .contains("txHash", "logIndex").anyMatch(field -> field.startsWith("ivms101.originator"));
            assertThat(refused.body()).doesNotContain("Liddell");
            assertThat(deposit(client, depositId).get("state").asText()).isEqualTo("HELD");

            try {
                submit(client, txHash, address);
            } catch (IOException halted) {
                // expected: custody halts in the middle of this request
            }
            Await.until("custody to halt after crediting", Duration.ofSeconds(30), () -> !custody.isAlive(), () -> "");
        }

        try (ServiceProcess custody = start(cloud, environment)) {
            CustodyDepositClient client = new CustodyDepositClient(custody.endpoint(), tenant);
            assertThat(deposit(client, depositId).get("state").asText()).as("not yet recorded").isEqualTo("HELD");
            HttpResponse<String> retried = submit(client, txHash, address);
            evm.rpc().call("evm_mine");
            Thread.sleep(1_000); // more polls: nothing credits it again

            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(CODEC.readTree(retried.body().getBytes(StandardCharsets.UTF_8)).get("deposits")).singleElement()
                    .satisfies(d -> assertThat(d.get("state").asText()).isEqualTo("RELEASED"));
            assertThat(deposit(client, depositId).get("resolvedBy").asText()).isEqualTo("travel-rule-data");
            assertThat(client.available("bob")).isEqualTo("1500");
            HttpResponse<String> notOperator = CustodyDepositClient.send(client.request("/v1/deposits/" + depositId
                    + "/reject").header("Idempotency-Key", "r1").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"" + tenant
                            + "\",\"by\":\"ops-1\",\"note\":\"too late\"}")));
            assertThat(notOperator.statusCode()).isEqualTo(403);
        }
        DynamoDbLedger ledger = new DynamoDbLedger(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                Clock.systemUTC());
        AccountId funding = AccountId.customer(TenantId.of(tenant), "bob", Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);
        assertThat(ledger.journal(TenantId.of(tenant), funding, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10))
                .hasSize(1);
        assertThat(ledger.trialBalance()).containsEntry(Asset.USDT_ETHEREUM, 0L);
    }

    private static ServiceProcess start(CloudResources cloud, Map<String, String> environment) {
        return ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0), environment,
                cloud.cloud().stateDir());
    }

    private static HttpResponse<String> submit(CustodyDepositClient client, String txHash, String address)
            throws Exception {
        return CustodyDepositClient.send(client.request("/v1/travel-rule/incoming").header("Idempotency-Key", "tr-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(txHash, null, address, KNOWN_LEI))));
    }

    private static JsonNode deposit(CustodyDepositClient client, String id) {
        try {
            return CustodyDepositClient.json(CustodyDepositClient.send(client.request("/v1/deposits/" + id).GET()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
