package io.usdtcustody.custody.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
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
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;

/**
 * A withdrawal end to end on the local chain: requested over HTTP, approved by policy, signed with the hot
 * wallet's key inside SoftHSM2, broadcast, followed to the configured confirmations, and settled in the
 * ledger; the recipient holds the tokens on chain.
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.HSM, Service.EVM})
class WithdrawalSendingIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();

    @Test
    void approvedWithdrawal_shouldBeSignedInTheHsmSentAndConfirmed_andSettleTheLedger(CloudResources cloud, EvmNode evm)
            throws Exception {
        var naming = cloud.naming();
        DynamoDbLedger ledger = new DynamoDbLedger(cloud.dynamoDb(), naming.table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC), Clock.systemUTC());
        TenantId tenant = TenantId.of("s" + UUID.randomUUID().toString().substring(0, 8));
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        AccountId funding = AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING);
        ledger.open(mirror);
        ledger.open(funding);
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, funding, Amount.parse("500", USDT),
                TransferKind.DEPOSIT, "seed"));
        String recipient = Keys.toChecksumAddress("0x" + Keys.getAddress(Keys.createEcKeyPair()));

        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", "2");
        environment.put("CUSTODY_WITHDRAWALS_SEND_INTERVAL", "200ms");
        try (ServiceProcess custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), environment, cloud.cloud().stateDir())) {
            String hot = hotEthereumAddress(custody);
            evm.fundEther(hot, BigInteger.TEN.pow(18));
            evm.mint(hot, BigInteger.valueOf(1_000_000_000L));

            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals"))
                    .header("X-Tenant-Id", tenant.value()).header("Idempotency-Key", "send-1")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\"alice\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\","
                            + "\"amount\":\"25\",\"destination\":\"" + recipient + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String id = CODEC.readTree(created.body().getBytes()).get("id").asText();

            JsonNode withdrawal = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline) {
                withdrawal = get(custody, tenant, id);
                if ("CONFIRMED".equals(withdrawal.get("state").asText())) {
                    break;
                }
                if ("BROADCAST".equals(withdrawal.get("state").asText())) {
                    evm.rpc().call("evm_mine"); // confirmations come with new blocks
                }
                Thread.sleep(200);
            }
            assertThat(withdrawal.get("state").asText()).isEqualTo("CONFIRMED");
            AccountId hold = AccountId.customer(tenant, "alice", USDT, AccountPurpose.WITHDRAWAL_HOLD);
            io.usdtcustody.localcloud.process.Await.until("the hold to settle", Duration.ofSeconds(20),
                    () -> ledger.balance(tenant, hold).orElseThrow().isZero(), () -> "");
            String txHash = withdrawal.get("txHash").asText();
            assertThat(evm.rpc().call("eth_getTransactionReceipt", txHash).get("status").asText()).isEqualTo("0x1");
            assertThat(tokenBalance(evm, recipient)).isEqualTo(BigInteger.valueOf(25_000_000));
            assertThat(ledger.balance(tenant, funding)).contains(Amount.parse("475", USDT));
            assertThat(ledger.balance(tenant, AccountId.customer(tenant, "alice", USDT, AccountPurpose.WITHDRAWAL_HOLD)))
                    .contains(Amount.zero(USDT));
            assertThat(ledger.balance(tenant, AccountId.platform(tenant, USDT, AccountPurpose.HOT_WALLET)))
                    .contains(Amount.parse("25", USDT));
        }
    }

    private static String hotEthereumAddress(ServiceProcess custody) throws Exception {
        var body = HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/hot-wallets")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (JsonNode wallet : CODEC.readTree(body.getBytes())) {
            if (wallet.get("chain").asText().equals("ETHEREUM")) {
                return wallet.get("address").asText();
            }
        }
        throw new AssertionError("no Ethereum hot wallet: " + body);
    }

    private static JsonNode get(ServiceProcess custody, TenantId tenant, String id) throws Exception {
        return CODEC.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals/" + id))
                .header("X-Tenant-Id", tenant.value()).GET().build(), HttpResponse.BodyHandlers.ofString()).body().getBytes());
    }

    private static BigInteger tokenBalance(EvmNode evm, String holder) {
        String data = "0x70a08231" + "0".repeat(24) + holder.substring(2).toLowerCase();
        String hex = evm.rpc().call("eth_call", Map.of("to", evm.tokenAddress(), "data", data), "latest").asText();
        return new BigInteger(hex.substring(2), 16);
    }
}
