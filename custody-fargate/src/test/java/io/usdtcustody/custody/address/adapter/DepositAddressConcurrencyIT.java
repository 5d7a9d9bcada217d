package io.usdtcustody.custody.address.adapter;

import static io.usdtcustody.custody.address.adapter.TestKeys.freshAccountXpub;
import static io.usdtcustody.custody.address.adapter.TestKeys.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Address allocation and xpub registration under real DynamoDB concurrency: nothing is ever handed out twice. */
@LocalCloudTest(Service.DYNAMODB)
class DepositAddressConcurrencyIT {
    private static final int THREADS = 64;
    private static final int CUSTOMERS = 40;
    private static DynamoDbClient dynamoDb;
    private static String table;
    private static DynamoDbAccountXpubs xpubs;
    private static DynamoDbDepositAddresses addresses;
    private static ExecutorService pool;

    @BeforeAll
    static void setUp(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
        xpubs = new DynamoDbAccountXpubs(client, table);
        addresses = new DynamoDbDepositAddresses(client, table, xpubs);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void addressFor_shouldGiveEveryCustomerOneDistinctAddress_whenSixtyFourThreadsAllocateForFortyCustomers()
            throws Exception {
        TenantId tenant = freshTenant("race");
        xpubs.register(tenant, Chain.ETHEREUM, freshAccountXpub(Chain.ETHEREUM));
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            // every customer once, and customers 0..7 three more times each, all at the same moment
            requests.add("customer-" + (i < CUSTOMERS ? i : (i - CUSTOMERS) % 8));
        }

        List<DepositAddress> handedOut = race(requests.stream()
                .map(customer -> (Callable<DepositAddress>) () -> addresses.addressFor(tenant, customer, Chain.ETHEREUM))
                .toList());

        Map<String, Set<DepositAddress>> byCustomer = handedOut.stream()
                .collect(Collectors.groupingBy(DepositAddress::customerId, Collectors.toSet()));
        assertThat(byCustomer).hasSize(CUSTOMERS);
        assertThat(byCustomer.values()).allSatisfy(answers -> assertThat(answers).hasSize(1));
        List<DepositAddress> assignments = byCustomer.values().stream().map(s -> s.iterator().next()).toList();
        assertThat(assignments).extracting(DepositAddress::address).doesNotHaveDuplicates().hasSize(CUSTOMERS);
        assertThat(assignments).extracting(DepositAddress::index).doesNotHaveDuplicates();
        for (DepositAddress assignment : assignments) {
            assertThat(addresses.lookup(Chain.ETHEREUM, assignment.address())).contains(assignment);
            assertThat(addresses.addressFor(tenant, assignment.customerId(), Chain.ETHEREUM)).isEqualTo(assignment);
        }
        List<Map<String, AttributeValue>> stored = storedAssignments(tenant, Chain.ETHEREUM);
        assertThat(stored).hasSize(CUSTOMERS);
        assertThat(stored).extracting(item -> item.get("gsi1sk").s()).doesNotHaveDuplicates();
    }

    @Test
    void addressFor_shouldHandOutOneAddress_whenSixtyFourThreadsAskForTheSameCustomer() throws Exception {
        TenantId tenant = freshTenant("same");
        xpubs.register(tenant, Chain.TRON, freshAccountXpub(Chain.TRON));

        List<DepositAddress> handedOut = race(Collections.nCopies(THREADS,
                () -> addresses.addressFor(tenant, "alice", Chain.TRON)));

        assertThat(Set.copyOf(handedOut)).hasSize(1);
        assertThat(addresses.lookup(Chain.TRON, handedOut.get(0).address())).contains(handedOut.get(0));
        assertThat(storedAssignments(tenant, Chain.TRON)).hasSize(1);
    }

    @Test
    void register_shouldLetExactlyOneXpubWin_whenSixteenThreadsRegisterDifferentXpubsForOneTenantAndChain()
            throws Exception {
        TenantId tenant = freshTenant("xpubs");
        List<ExtendedKey> candidates = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            candidates.add(freshAccountXpub(Chain.OMNI));
        }

        List<String> outcomes = race(candidates.stream().map(xpub -> (Callable<String>) () -> {
            try {
                xpubs.register(tenant, Chain.OMNI, xpub);
                return xpub.toXpub();
            } catch (PlatformException e) {
                assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFLICT);
                return "conflict";
            }
        }).toList());

        List<String> winners = outcomes.stream().filter(o -> !o.equals("conflict")).toList();
        assertThat(winners).hasSize(1);
        assertThat(xpubs.find(tenant, Chain.OMNI).orElseThrow().toXpub()).isEqualTo(winners.get(0));
    }

    @Test
    void register_shouldSucceedForEveryThread_whenSixteenThreadsRegisterTheSameXpub() throws Exception {
        TenantId tenant = freshTenant("same-xpub");
        ExtendedKey xpub = freshAccountXpub(Chain.ETHEREUM);

        List<Boolean> outcomes = race(Collections.nCopies(16, () -> {
            xpubs.register(tenant, Chain.ETHEREUM, ExtendedKey.parse(xpub.toXpub()));
            return true;
        }));

        assertThat(outcomes).hasSize(16).containsOnly(true);
        assertThat(xpubs.find(tenant, Chain.ETHEREUM).orElseThrow().toXpub()).isEqualTo(xpub.toXpub());
    }

    /** Runs every task at once (they all wait on one latch) and returns their results. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    /** The assignment items of (tenant, chain), through the index that lists them in index order. */
    private static List<Map<String, AttributeValue>> storedAssignments(TenantId tenant, Chain chain) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", AttributeValue.fromS("DEPOSIT-ADDRESSES#" + tenant.value() + "#" + chain.name()));
        return dynamoDb.queryPaginator(r -> r.tableName(table).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :pk").expressionAttributeValues(values))
                .items().stream().toList();
    }
}
