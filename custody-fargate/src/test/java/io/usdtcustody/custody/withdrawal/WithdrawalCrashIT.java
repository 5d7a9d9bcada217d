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
import io.usdtcustody.custody.withdrawal.adapter.DynamoDbWithdrawalStore;
import io.usdtcustody.custody.withdrawal.adapter.ManualApprovalPolicy;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;

/**
 * Custody killed (halted like kill -9) right after signing a withdrawal's transaction, and right after
 * broadcasting it: after a restart the withdrawal completes once — one transaction on chain (the hot wallet's
 * nonce moves by exactly one), the recipient paid once, the hold settled once, the books balanced. And killed
 * after signing but before marking the withdrawal SIGNED, then the withdrawal cancelled while custody was down:
 * after a restart the signed bytes never go out, the nonce is given back and filled, and the next withdrawal is
 * mined behind it.
 * {@code -Dcrash.rounds=N} repeats each crash point N times (default 2; run with 10 to repeat it 10 times).
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.HSM, Service.EVM})
class WithdrawalCrashIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 2);

    private static DynamoDbLedger ledger;

    @BeforeAll
    static void ledger(CloudResources cloud) {
        ledger = new DynamoDbLedger(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                Clock.systemUTC());
    }

    @Test
    void crashBetweenSigningAndBroadcast_shouldCompleteOnce_afterRestart(CloudResources cloud, EvmNode evm) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            crashAndRecover(cloud, evm, "AFTER_SIGN");
        }
    }

    @Test
    void crashBetweenBroadcastAndConfirmation_shouldCompleteOnce_afterRestart(CloudResources cloud, EvmNode evm) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            crashAndRecover(cloud, evm, "AFTER_BROADCAST");
        }
    }

    @Test
    void crashWhileSigning_thenCancelled_shouldNeverSend_andReleaseTheNonce(CloudResources cloud, EvmNode evm)
            throws Exception {
        TenantId tenant = TenantId.of("c" + UUID.randomUUID().toString().substring(0, 8));
        AccountId funding = fundedAlice(tenant);
        String recipient = Keys.toChecksumAddress("0x" + Keys.getAddress(Keys.createEcKeyPair()));
        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", "2");
        environment.put("CUSTODY_WITHDRAWALS_SEND_INTERVAL", "200ms");
        Map<String, String> crashing = new HashMap<>(environment);
        crashing.put("CUSTODY_FAILPOINT", "SIGNED_NOT_RECORDED");

        String cancelled;
        String hot;
        long hotNonceBefore;
        try (ServiceProcess custody = start(cloud, crashing)) {
            hot = hotEthereumAddress(custody);
            fund(evm, hot);
            hotNonceBefore = nonce(evm, hot);
            cancelled = requestWithdrawal(custody, tenant, "w-cancelled", recipient);
            Await.until("custody to halt after signing", Duration.ofSeconds(30), () -> !custody.isAlive(), () -> "");
        }
        // the customer cancels while custody is down: the withdrawal is still APPROVED, its nonce holds signed bytes
        WithdrawalService offline = new WithdrawalService(new DynamoDbWithdrawalStore(cloud.dynamoDb(),
                cloud.naming().table(ResourceCatalogue.WALLETS), new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX),
                CODEC)), ledger, new ManualApprovalPolicy(), new WithdrawalEvents(CODEC),
                new UuidV7Generator(Clock.systemUTC(), new SecureRandom()), Clock.systemUTC());
        assertThat(offline.cancel(tenant, UUID.fromString(cancelled)).state()).isEqualTo(WithdrawalState.CANCELLED);

        try (ServiceProcess custody = start(cloud, environment)) {
            String next = requestWithdrawal(custody, tenant, "w-next", recipient);
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            String state = "";
            while (System.nanoTime() < deadline && !state.equals("CONFIRMED")) {
                state = CODEC.readTree(send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals/" + next))
                        .header("X-Tenant-Id", tenant.value()).GET()).body().getBytes()).get("state").asText();
                evm.rpc().call("evm_mine");
                Thread.sleep(200);
            }
            assertThat(state).as("the withdrawal behind the released nonce").isEqualTo("CONFIRMED");
        }
        assertThat(nonce(evm, hot) - hotNonceBefore).as("a filler at the released nonce, then the next withdrawal")
                .isEqualTo(2);
        assertThat(tokenBalance(evm, recipient)).as("only the next withdrawal paid").isEqualTo(BigInteger.valueOf(10_000_000));
        assertThat(ledger.balance(tenant, funding)).contains(Amount.parse("90", USDT));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
    }

    private AccountId fundedAlice(TenantId tenant) {
        AccountId funding = AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING);
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        ledger.open(mirror);
        ledger.open(funding);
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, funding, Amount.parse("100", USDT),
                TransferKind.DEPOSIT, "seed"));
        return funding;
    }

    private static String requestWithdrawal(ServiceProcess custody, TenantId tenant, String key, String recipient)
            throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals"))
                .header("X-Tenant-Id", tenant.value()).header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\"alice\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\","
                        + "\"amount\":\"10\",\"destination\":\"" + recipient + "\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        return CODEC.readTree(created.body().getBytes()).get("id").asText();
    }

    private void crashAndRecover(CloudResources cloud, EvmNode evm, String failpoint) throws Exception {
        TenantId tenant = TenantId.of("c" + UUID.randomUUID().toString().substring(0, 8));
        AccountId funding = fundedAlice(tenant);
        String recipient = Keys.toChecksumAddress("0x" + Keys.getAddress(Keys.createEcKeyPair()));

        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", "2");
        environment.put("CUSTODY_WITHDRAWALS_SEND_INTERVAL", "200ms");
        Map<String, String> crashing = new HashMap<>(environment);
        crashing.put("CUSTODY_FAILPOINT", failpoint);

        String id;
        String hot;
        long hotNonceBefore;
        try (ServiceProcess custody = start(cloud, crashing)) {
            hot = hotEthereumAddress(custody);
            fund(evm, hot);
            hotNonceBefore = nonce(evm, hot);
            id = requestWithdrawal(custody, tenant, "w-" + failpoint, recipient);
            Await.until("custody to halt at " + failpoint, Duration.ofSeconds(30), () -> !custody.isAlive(), () -> "");
        }
        if (failpoint.equals("AFTER_SIGN")) {
            assertThat(nonce(evm, hot)).as("nothing was sent before the crash").isEqualTo(hotNonceBefore);
        }

        try (ServiceProcess custody = start(cloud, environment)) {
            JsonNode withdrawal = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline) {
                withdrawal = CODEC.readTree(send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals/" + id))
                        .header("X-Tenant-Id", tenant.value()).GET()).body().getBytes());
                if ("CONFIRMED".equals(withdrawal.get("state").asText())) {
                    break;
                }
                evm.rpc().call("evm_mine");
                Thread.sleep(200);
            }
            assertThat(withdrawal.get("state").asText()).as(failpoint).isEqualTo("CONFIRMED");
            // the state is written before its ledger effect: the settlement follows it, once
            AccountId hold = AccountId.customer(tenant, "alice", USDT, AccountPurpose.WITHDRAWAL_HOLD);
            Await.until("the hold to settle", Duration.ofSeconds(20),
                    () -> ledger.balance(tenant, hold).orElseThrow().isZero(), () -> "");
        }
        assertThat(nonce(evm, hot) - hotNonceBefore).as("exactly one transaction sent (%s)", failpoint).isEqualTo(1);
        assertThat(tokenBalance(evm, recipient)).as("paid once").isEqualTo(BigInteger.valueOf(10_000_000));
        assertThat(ledger.balance(tenant, funding)).contains(Amount.parse("90", USDT));
        assertThat(ledger.balance(tenant, AccountId.customer(tenant, "alice", USDT, AccountPurpose.WITHDRAWAL_HOLD)))
                .contains(Amount.zero(USDT));
        assertThat(ledger.balance(tenant, AccountId.platform(tenant, USDT, AccountPurpose.HOT_WALLET)))
                .contains(Amount.parse("10", USDT));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
    }

    private static ServiceProcess start(CloudResources cloud, Map<String, String> environment) {
        return ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0), environment,
                cloud.cloud().stateDir());
    }

    private static void fund(EvmNode evm, String hot) {
        if (tokenBalance(evm, hot).compareTo(BigInteger.valueOf(100_000_000)) < 0) {
            evm.fundEther(hot, BigInteger.TEN.pow(18));
            evm.mint(hot, BigInteger.valueOf(1_000_000_000L));
        }
    }

    private static long nonce(EvmNode evm, String address) {
        return Long.decode(evm.rpc().call("eth_getTransactionCount", address, "latest").asText());
    }

    private static String hotEthereumAddress(ServiceProcess custody) throws Exception {
        for (JsonNode wallet : CODEC.readTree(send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/hot-wallets"))
                .GET()).body().getBytes())) {
            if (wallet.get("chain").asText().equals("ETHEREUM")) {
                return wallet.get("address").asText();
            }
        }
        throw new AssertionError("no Ethereum hot wallet");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static BigInteger tokenBalance(EvmNode evm, String holder) {
        String data = "0x70a08231" + "0".repeat(24) + holder.substring(2).toLowerCase();
        String hex = evm.rpc().call("eth_call", Map.of("to", evm.tokenAddress(), "data", data), "latest").asText();
        return new BigInteger(hex.substring(2), 16);
    }
}
