package io.usdtcustody.custody.deposit;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.deposit.adapter.DynamoDbDepositCursorStore;
import io.usdtcustody.custody.deposit.adapter.Web3jTokenTransferSource;
import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import io.usdtcustody.custody.deposit.port.DepositHolds;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.JournalEntry;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.model.address.EthereumAddressCodec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One test's view of the local chain and the local DynamoDB: its own tenant, customers at fresh random
 * addresses, the real DynamoDB ledger, outbox and cursor store, and the node's mining and snapshot controls.
 * The node is shared by every test class in the JVM, so nothing here assumes block numbers.
 */
final class LocalChainFixture implements AutoCloseable {
    static final int CONFIRMATIONS = 3;
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final String TRANSFER_SELECTOR = "a9059cbb"; // transfer(address,uint256)

    private final SecureRandom random = new SecureRandom();
    private final JsonCodec codec = new JsonCodec();
    private final Clock clock = Clock.systemUTC();
    private final EvmNode evm;
    private final DynamoDbClient dynamoDb;
    private final String outboxTable;
    private final Web3j web3j;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    final TenantId tenant = TenantId.of("t-" + run);
    final Ledger ledger;
    final DepositCursorStore cursors;
    final InMemoryDepositAddresses addresses = new InMemoryDepositAddresses((chain, index) -> {
        throw new UnsupportedOperationException("tests register their addresses");
    });

    LocalChainFixture(DynamoDbClient dynamoDb, ResourceNaming naming, EvmNode evm) {
        this.evm = evm;
        this.dynamoDb = dynamoDb;
        this.outboxTable = naming.table(ResourceCatalogue.OUTBOX);
        this.web3j = Web3j.build(new HttpService(evm.endpoint()));
        this.ledger = new DynamoDbLedger(dynamoDb, naming.table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(outboxTable, codec), new LedgerEvents(codec), clock);
        this.cursors = new NamespacedCursorStore(new DynamoDbDepositCursorStore(dynamoDb,
                naming.table(ResourceCatalogue.WALLETS), clock), run);
    }

    /** A watcher for the node's USDT that starts at the next block, on this test's cursor. */
    DepositWatcher watcher(SanctionsScreen sanctions, long startBlock) {
        return watcher(sanctions, startBlock, cursors, ledger);
    }

    DepositWatcher watcher(SanctionsScreen sanctions, long startBlock, DepositCursorStore cursorStore,
                           Ledger onLedger) {
        return new DepositWatcher(new DepositWatcherSettings(evm.tokenAddress(), CONFIRMATIONS, startBlock),
                new Web3jTokenTransferSource(web3j), addresses, sanctions, new DepositBooking(onLedger, codec, clock),
                cursorStore);
    }

    /** A watcher that books with {@code booking} and asks {@code holds} before crediting (the Travel Rule). */
    DepositWatcher watcher(SanctionsScreen sanctions, long startBlock, DepositBooking booking, DepositHolds holds) {
        return new DepositWatcher(new DepositWatcherSettings(evm.tokenAddress(), CONFIRMATIONS, startBlock),
                new Web3jTokenTransferSource(web3j), addresses, sanctions, booking, cursors, holds);
    }

    /** A booking on this test's ledger. */
    DepositBooking booking() {
        return new DepositBooking(ledger, codec, clock);
    }

    /** This test's cursor as the watchers left it. */
    Optional<DepositCursor> cursor() {
        return cursors.load(new DepositWatcherSettings(evm.tokenAddress(), CONFIRMATIONS, 0).cursorId());
    }

    static SanctionsScreen noSanctions() {
        return (chain, address) -> Optional.empty();
    }

    /** A fresh random address that belongs to no customer. */
    String unknownAddress() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return EthereumAddressCodec.toChecksumAddress(bytes);
    }

    /** A new customer of this test's tenant with a fresh deposit address (EIP-55). */
    String customer(String name) {
        String address = unknownAddress();
        addresses.register(new DepositAddress(tenant, customerId(name), Chain.ETHEREUM, address, 0));
        return address;
    }

    String customerId(String name) {
        return name + "-" + run;
    }

    AccountId funding(String name) {
        return AccountId.customer(tenant, customerId(name), Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);
    }

    AccountId platform(AccountPurpose purpose) {
        return AccountId.platform(tenant, Asset.USDT_ETHEREUM, purpose);
    }

    long balance(AccountId account) {
        return ledger.balance(tenant, account).map(Amount::minorUnits).orElse(0L);
    }

    List<JournalEntry> journal(AccountId account) {
        return ledger.journal(tenant, account, Instant.EPOCH, FAR_FUTURE, 100);
    }

    /** Events of {@code type} in the outbox for {@code partitionKey}. */
    List<EventEnvelope> outbox(String partitionKey, String type) {
        return dynamoDb.scanPaginator(r -> r.tableName(outboxTable)).items().stream()
                .filter(item -> partitionKey.equals(item.get("partitionKey").s()))
                .map(item -> codec.decodeEnvelope(item.get("data").b().asByteArray()))
                .filter(envelope -> envelope.type().equals(type))
                .toList();
    }

    // --- the local chain -------------------------------------------------------------------------------

    long latest() {
        return Long.decode(evm.rpc().call("eth_blockNumber").asText());
    }

    void mine(int blocks) {
        for (int i = 0; i < blocks; i++) {
            evm.rpc().call("evm_mine");
        }
    }

    String snapshot() {
        return evm.rpc().call("evm_snapshot").asText();
    }

    void revert(String snapshotId) {
        if (!evm.rpc().call("evm_revert", snapshotId).asBoolean()) {
            throw new IllegalStateException("evm_revert refused snapshot " + snapshotId);
        }
    }

    /** ganache's deterministic, unlocked account {@code index}. */
    String account(int index) {
        return evm.rpc().call("eth_accounts").get(index).asText();
    }

    /** Mints to {@code to}; returns the block the mint was mined in. */
    long mint(String to, long minorUnits) {
        return minedIn(evm.mint(to, BigInteger.valueOf(minorUnits)));
    }

    /** An ERC-20 {@code transfer} sent from an unlocked account; returns the block it was mined in. */
    long transfer(String from, String to, long minorUnits) {
        String data = "0x" + TRANSFER_SELECTOR + word(to.substring(2)) + word(Long.toHexString(minorUnits));
        return minedIn(evm.rpc().call("eth_sendTransaction", Map.of("from", from, "to", evm.tokenAddress(),
                "data", data, "gas", "0x186a0")).asText());
    }

    private long minedIn(String txHash) {
        JsonNode receipt = evm.awaitReceipt(txHash);
        if (!"0x1".equals(receipt.path("status").asText())) {
            throw new IllegalStateException("transaction was not mined successfully");
        }
        return Long.decode(receipt.path("blockNumber").asText());
    }

    private static String word(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        return "0".repeat(64 - lower.length()) + lower;
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
