package io.usdtcustody.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Money under concurrency against real DynamoDB conditional transactions. */
@LocalCloudTest(Service.DYNAMODB)
class LedgerConcurrencyIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static DynamoDbClient dynamoDb;
    private static String table;
    private static DynamoDbLedger ledger;
    private static ExecutorService pool;

    @BeforeAll
    static void setUp(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.LEDGER);
        ledger = new DynamoDbLedger(client, table, new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), new JsonCodec()),
                new LedgerEvents(new JsonCodec()), Clock.systemUTC());
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    private static TenantId freshTenant() {
        return TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void holds_shouldAcceptExactlyTen_whenSixtyFourTenUsdtWithdrawalsRaceForOneHundred() throws Exception {
        TenantId tenant = freshTenant();
        AccountId mirror = open(AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR));
        AccountId funding = open(AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING));
        AccountId hold = open(AccountId.customer(tenant, "alice", USDT, AccountPurpose.WITHDRAWAL_HOLD));
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, funding, Amount.parse("100", USDT),
                TransferKind.DEPOSIT, "seed"));

        List<Callable<Boolean>> withdrawals = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 64; i++) {
            withdrawals.add(() -> {
                start.await();
                try {
                    ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), funding, hold,
                            Amount.parse("10", USDT), TransferKind.WITHDRAWAL_HOLD, "w"));
                    return true;
                } catch (PlatformException e) {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
                    return false;
                }
            });
        }
        List<Future<Boolean>> results = submitAll(withdrawals);
        start.countDown();

        long accepted = 0;
        for (Future<Boolean> result : results) {
            accepted += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(ledger.balance(tenant, funding)).contains(Amount.zero(USDT));
        assertThat(ledger.balance(tenant, hold)).contains(Amount.parse("100", USDT));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
    }

    @Test
    void transfer_shouldApplyOnce_whenTheSameRequestIsSentTenTimesConcurrently() throws Exception {
        TenantId tenant = freshTenant();
        AccountId mirror = open(AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR));
        AccountId alice = open(AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING));
        TransferRequest request = new TransferRequest(UUID.randomUUID(), mirror, alice, Amount.parse("25", USDT),
                TransferKind.DEPOSIT, "0xabc:0");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<TransferReceipt>> retries = Collections.nCopies(10, () -> {
            start.await();
            return ledger.transfer(tenant, request);
        });
        List<Future<TransferReceipt>> results = submitAll(retries);
        start.countDown();

        long applied = 0;
        for (Future<TransferReceipt> result : results) {
            applied += result.get(60, TimeUnit.SECONDS).replayed() ? 0 : 1;
        }
        assertThat(applied).isEqualTo(1);
        assertThat(ledger.balance(tenant, alice)).contains(Amount.parse("25", USDT));
    }

    /**
     * Random transfers between a few accounts from many threads. Some writers "crash": they send their
     * transaction and abandon it (the client never learns the outcome); a recovering client later retries the
     * same transfer id. Others retry immediately, as clients do on timeouts. At the end, money is conserved,
     * no balance is negative, and every transfer id that was ever sent is applied exactly once.
     */
    @Test
    void randomConcurrentTransfers_shouldConserveMoneyAndApplyEachIdOnce_despiteRetriesAndCrashedWriters() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            runRandomTransfers(new Random(seed));
        }
    }

    private void runRandomTransfers(Random random) throws Exception {
        TenantId tenant = freshTenant();
        AccountId mirror = open(AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR));
        List<AccountId> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AccountId account = open(AccountId.customer(tenant, "c" + i, USDT, AccountPurpose.FUNDING));
            customers.add(account);
            ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, account, Amount.parse("50", USDT),
                    TransferKind.DEPOSIT, "seed"));
        }
        Map<UUID, TransferRequest> sent = new ConcurrentHashMap<>();
        Set<UUID> abandoned = ConcurrentHashMap.newKeySet();
        List<Thread> inFlight = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> writers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            AccountId from = customers.get(random.nextInt(customers.size()));
            AccountId to = customers.get(random.nextInt(customers.size()));
            if (from.equals(to)) {
                to = mirror;
            }
            TransferRequest request = new TransferRequest(UUID.randomUUID(), from, to,
                    Amount.of(1 + random.nextInt(20_000_000), USDT), TransferKind.INTERNAL, "r");
            int behaviour = random.nextInt(10);
            writers.add(() -> {
                sent.put(request.transferId(), request);
                if (behaviour == 0) {
                    Thread writer = new Thread(() -> attempt(tenant, request));
                    writer.start(); // fire and forget: this client "dies" without learning the outcome
                    inFlight.add(writer);
                    abandoned.add(request.transferId());
                    return null;
                }
                attempt(tenant, request);
                if (behaviour < 4) {
                    attempt(tenant, request); // a client retry after a lost response
                }
                return null;
            });
        }
        for (Future<Void> f : submitAll(writers)) {
            f.get(120, TimeUnit.SECONDS);
        }
        for (UUID id : abandoned) {
            attempt(tenant, sent.get(id)); // the recovering client retries what it never heard back about
        }
        for (Thread writer : inFlight) {
            writer.join(60_000); // whatever the dead clients had in flight has landed (or not) before we count
        }

        long applied = 0;
        long expectedMirror = -250_000_000L;
        java.util.Map<AccountId, Long> expected = new java.util.HashMap<>();
        customers.forEach(c -> expected.put(c, 50_000_000L));
        for (TransferRequest request : sent.values()) {
            var receipt = ledger.transfer(tenant, request.transferId());
            if (receipt.isPresent()) {
                applied++;
                assertThat(receipt.get().request()).isEqualTo(request);
                long amount = request.amount().minorUnits();
                expected.merge(request.debit(), -amount, Long::sum);
                if (request.credit().equals(mirror)) {
                    expectedMirror += amount;
                } else {
                    expected.merge(request.credit(), amount, Long::sum);
                }
            }
        }
        for (AccountId customer : customers) {
            long balance = ledger.balance(tenant, customer).orElseThrow().minorUnits();
            assertThat(balance).as("balance of %s equals the replay of applied transfers", customer).isEqualTo(expected.get(customer));
            assertThat(balance).isNotNegative();
        }
        assertThat(ledger.balance(tenant, mirror).orElseThrow().minorUnits()).isEqualTo(expectedMirror);
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
        assertThat(countJournalEntriesOf(tenant)).as("two journal entries per applied transfer (+5 seeds)")
                .isEqualTo(2 * (applied + 5));
    }

    private static void attempt(TenantId tenant, TransferRequest request) {
        try {
            ledger.transfer(tenant, request);
        } catch (PlatformException e) {
            assertThat(e.errorCode()).isIn(ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.UNAVAILABLE);
        }
    }

    private static long countJournalEntriesOf(TenantId tenant) {
        return dynamoDb.scanPaginator(r -> r.tableName(table)
                        .filterExpression("tenant = :t AND begins_with(sk, :j)")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(tenant.value()),
                                ":j", AttributeValue.fromS("J#"))))
                .items().stream().count();
    }

    private static AccountId open(AccountId account) {
        ledger.open(account);
        return account;
    }

    private static <T> List<Future<T>> submitAll(List<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        tasks.forEach(t -> futures.add(pool.submit(t)));
        return futures;
    }
}
