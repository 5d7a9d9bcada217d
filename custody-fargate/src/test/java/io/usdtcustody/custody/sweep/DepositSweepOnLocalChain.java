package io.usdtcustody.custody.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.usdtcustody.custody.address.AccountGeneration;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.DynamoDbAccountSeeds;
import io.usdtcustody.custody.address.adapter.DynamoDbAccountXpubs;
import io.usdtcustody.custody.address.adapter.DynamoDbDepositAddresses;
import io.usdtcustody.custody.audit.adapter.DynamoDbAuditLog;
import io.usdtcustody.custody.chain.ethereum.nonce.FeeBumper;
import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumNode;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.DepositWatcher;
import io.usdtcustody.custody.deposit.DepositWatcherSettings;
import io.usdtcustody.custody.deposit.adapter.DynamoDbDepositCursorStore;
import io.usdtcustody.custody.deposit.adapter.Web3jTokenTransferSource;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.adapter.FilePinSource;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11KeyVault;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11SeedVault;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11SessionKeySigner;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.custody.signing.RecoverableSignature;
import io.usdtcustody.custody.sweep.adapter.DynamoDbSweepStore;
import io.usdtcustody.custody.sweep.adapter.EthereumSweepChain;
import io.usdtcustody.custody.wallet.HotWallets;
import io.usdtcustody.localcloud.component.JsonRpc;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.screening.address.SanctionedAddresses;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A deposit to a vault-generated address on the local chain, all the way: minted to the address, credited by the
 * deposit watcher, topped up with ether from the gas-station key (hot SoftHSM token), swept to the hot wallet
 * with the address's BIP32 child key imported into the token for the signature, and booked once. Runs in the
 * HSM process that {@link DepositSweepIT} starts, with the local cloud's environment.
 */
class DepositSweepOnLocalChain {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final long CHAIN_ID = 1337;
    private static final Clock CLOCK = Clock.systemUTC();
    private static final JsonCodec CODEC = new JsonCodec();

    private static Map<String, String> env;
    private static JsonRpc rpc;
    private static DynamoDbLedger ledger;
    private static DynamoDbSweepStore store;
    private static DynamoDbDepositAddresses addresses;
    private static AccountGeneration generation;
    private static Pkcs11SessionKeySigner sessionKeys;
    private static DepositWatcher watcher;
    private static SweepPlanner planner;
    private static DepositSweeper sweeper;
    private static GasStation gasStation;
    private static String hot;
    private static String token;

    @BeforeAll
    static void wire() {
        env = System.getenv();
        assumeTrue(List.of("SOFTHSM2_CONF", "HSM_HOT_TOKEN", "EVM_RPC_URL", "EVM_FAUCET_ACCOUNT", "USDT_ERC20_CONTRACT",
                ResourceNaming.ENVIRONMENT_VARIABLE).stream().allMatch(env::containsKey), "runs in DepositSweepIT's process");
        token = env.get("USDT_ERC20_CONTRACT");
        rpc = new JsonRpc(env.get("EVM_RPC_URL"));
        DynamoDbClient dynamoDb = DynamoDbClient.create();
        ResourceNaming naming = new ResourceNaming(env.get(ResourceNaming.ENVIRONMENT_VARIABLE));
        String wallets = naming.table(ResourceCatalogue.WALLETS);
        Pkcs11Config hotToken = Pkcs11Config.fromEnvironment(env, "HSM_HOT_TOKEN", FilePinSource.fromEnvironment(env));
        Pkcs11KeyVault hotVault = Pkcs11KeyVault.open(hotToken, CLOCK);
        Pkcs11SeedVault seedVault = Pkcs11SeedVault.open(hotToken, Pkcs11SeedVault.DEFAULT_WRAPPING_KEY, new SecureRandom());
        sessionKeys = Pkcs11SessionKeySigner.open(hotToken);

        DynamoDbAccountXpubs xpubs = new DynamoDbAccountXpubs(dynamoDb, wallets);
        DynamoDbAccountSeeds seeds = new DynamoDbAccountSeeds(dynamoDb, wallets);
        addresses = new DynamoDbDepositAddresses(dynamoDb, wallets, xpubs);
        generation = new AccountGeneration(seedVault, seeds, xpubs, new SecureRandom(), CLOCK);
        ledger = new DynamoDbLedger(dynamoDb, naming.table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC), CLOCK);
        DynamoDbAuditLog audit = new DynamoDbAuditLog(dynamoDb, naming.table(ResourceCatalogue.AUDIT), CLOCK);
        store = new DynamoDbSweepStore(dynamoDb, wallets);

        Web3j web3j = Web3j.build(new HttpService(env.get("EVM_RPC_URL")));
        EthereumNode node = new EthereumNode(web3j);
        EthereumTransactionDriver driver = new EthereumTransactionDriver(new EthereumTransactionDriver.Settings(
                CHAIN_ID, 1, BigInteger.valueOf(1_000_000_000L), Duration.ofMinutes(3),
                new FeeBumper(25, BigInteger.valueOf(500_000_000_000L))), new DynamoDbNonceManager(dynamoDb, wallets, CLOCK),
                node, CLOCK);
        gasStation = GasStation.ensure(hotVault, (vault, label) -> digest -> {
            DigestSignature signature = vault.signDigest(label, digest);
            return RecoverableSignature.of(signature.r(), signature.s(), signature.recoveryId());
        });
        hot = new HotWallets(hotVault).wallet(Chain.ETHEREUM).address();

        SweepSettings settings = new SweepSettings(token, BigInteger.valueOf(10_000_000), BigInteger.valueOf(100_000),
                50, 3, Duration.ofMinutes(10), 25);
        EthereumSweepChain chain = new EthereumSweepChain(driver, node, token, BigInteger.valueOf(1_000_000_000L));
        DepositKeys keys = new DepositKeys(seeds, seedVault, sessionKeys, audit);
        watcher = new DepositWatcher(new DepositWatcherSettings(token, 1, node.blockNumber()),
                new Web3jTokenTransferSource(web3j), addresses, SanctionedAddresses.fromClasspath(),
                new DepositBooking(ledger, CODEC, CLOCK, new SweepFollowUp(store, CLOCK)),
                new DynamoDbDepositCursorStore(dynamoDb, wallets, CLOCK));
        planner = new SweepPlanner(settings, store, chain, keys, audit, UUID::randomUUID, CLOCK);
        sweeper = new DepositSweeper(settings, store, chain, keys, gasStation.account(), hot, new SweepBooking(ledger),
                audit, CLOCK);
    }

    @Test
    void deposit_shouldBeCreditedToppedUpSweptToHotAndBookedOnce_whenItArrivesAtAVaultGeneratedAddress()
            throws Exception {
        TenantId tenant = TenantId.of("s" + UUID.randomUUID().toString().substring(0, 8));
        generation.generate(tenant, Chain.ETHEREUM);
        DepositAddress alice = addresses.addressFor(tenant, "alice", Chain.ETHEREUM);
        fundEther(gasStation.address(), BigInteger.TEN.pow(18));
        BigInteger hotBefore = tokenBalance(hot);
        long stationNonceBefore = nonce(gasStation.address());
        mint(alice.address(), BigInteger.valueOf(25_000_000));

        UUID sweepId = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Sweep sweep = null;
        while (System.nanoTime() < deadline && (sweep == null || sweep.state() != SweepState.BOOKED)) {
            watcher.pollOnce();
            planner.planOnce();
            if (sweepId == null) {
                sweepId = store.candidate(alice).flatMap(SweepCandidate::activeSweep).orElse(null);
            }
            sweeper.runOnce();
            sweep = sweepId == null ? null : store.find(sweepId).orElseThrow();
            rpc.call("evm_mine");
            Thread.sleep(100);
        }

        assertThat(sweep).isNotNull();
        assertThat(sweep.state()).isEqualTo(SweepState.BOOKED);
        assertThat(sweep.topUpRound()).as("the address had no ether: one top-up").isEqualTo(1);
        for (int extra = 0; extra < 3; extra++) { // further passes change nothing
            watcher.pollOnce();
            planner.planOnce();
            sweeper.runOnce();
            rpc.call("evm_mine");
        }
        assertThat(tokenBalance(alice.address())).as("the deposit address is empty").isZero();
        assertThat(tokenBalance(hot).subtract(hotBefore)).isEqualTo(BigInteger.valueOf(25_000_000));
        assertThat(nonce(gasStation.address()) - stationNonceBefore).as("exactly one top-up").isEqualTo(1);
        assertThat(nonce(alice.address())).as("exactly one sweep transaction").isEqualTo(1);
        assertThat(balance(tenant, AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING)))
                .isEqualTo(Amount.parse("25", USDT));
        assertThat(balance(tenant, AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR))).isEqualTo(Amount.zero(USDT));
        assertThat(balance(tenant, AccountId.platform(tenant, USDT, AccountPurpose.HOT_WALLET)))
                .isEqualTo(Amount.parse("-25", USDT));
        assertThat(ledger.transfer(tenant, sweep.transferId())).isPresent();
        assertThat(sessionKeys.sessionPrivateKeys()).as("no session key left in the token").isZero();
        System.out.printf("swept 25 USDT from %s (index %d) to hot %s in %s; top-up %s wei from gas station %s%n",
                alice.address(), alice.index(), hot, sweep.txHash(), sweep.topUpWei(), gasStation.address());
    }

    private static Amount balance(TenantId tenant, AccountId account) {
        return ledger.balance(tenant, account).orElse(Amount.zero(USDT));
    }

    private static void fundEther(String to, BigInteger wei) {
        await(rpc.call("eth_sendTransaction", Map.of("from", env.get("EVM_FAUCET_ACCOUNT"), "to", to,
                "value", "0x" + wei.toString(16))).asText());
    }

    private static void mint(String to, BigInteger units) {
        String data = "0x40c10f19" + word(to.substring(2)) + word(units.toString(16));
        await(rpc.call("eth_sendTransaction", Map.of("from", env.get("EVM_FAUCET_ACCOUNT"), "to", token, "data", data,
                "gas", "0x186a0")).asText());
    }

    private static void await(String txHash) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var receipt = rpc.call("eth_getTransactionReceipt", txHash);
            if (receipt != null && !receipt.isNull()) {
                assertThat(receipt.path("status").asText()).isEqualTo("0x1");
                return;
            }
            rpc.call("evm_mine");
        }
        throw new AssertionError("transaction " + txHash + " was not mined");
    }

    private static BigInteger tokenBalance(String holder) {
        String hex = rpc.call("eth_call", Map.of("to", token, "data", "0x70a08231" + word(holder.substring(2))),
                "latest").asText();
        return new BigInteger(hex.substring(2), 16);
    }

    private static long nonce(String address) {
        return Long.decode(rpc.call("eth_getTransactionCount", address, "latest").asText());
    }

    private static String word(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        return "0".repeat(64 - lower.length()) + lower;
    }
}
