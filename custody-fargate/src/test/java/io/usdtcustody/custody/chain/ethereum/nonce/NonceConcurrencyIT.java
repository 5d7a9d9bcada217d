package io.usdtcustody.custody.chain.ethereum.nonce;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** No reuse and no gap under concurrency, against real DynamoDB conditional transactions. */
@LocalCloudTest(Service.DYNAMODB)
class NonceConcurrencyIT {
    private static final long CHAIN = 1337;
    private static DynamoDbClient dynamoDb;
    private static String table;
    private static ExecutorService pool;

    @BeforeAll
    static void setUp(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
        pool = Executors.newFixedThreadPool(64);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    private static NonceManager newProcess() {
        return new DynamoDbNonceManager(dynamoDb, table, Clock.systemUTC());
    }

    @Test
    void assign_shouldHandOutEachNonceExactlyOnce_whenSixtyFourThreadsRaceForSixtyFourWithdrawals() throws Exception {
        NonceManager nonces = newProcess();
        String address = NonceManagerContract.randomAddress();
        List<UUID> withdrawals = randomIds(64);
        List<UUID> requests = new ArrayList<>(withdrawals);
        requests.addAll(withdrawals.subList(0, 32)); // half the withdrawals are asked for twice, one a third time
        requests.add(withdrawals.get(0));
        Collections.shuffle(requests);

        Map<UUID, Set<Long>> got = race(requests, withdrawal -> nonces.assign(CHAIN, address, withdrawal, 500));

        assertOneNonceEach(got, withdrawals, 500);
        for (long nonce = 500; nonce < 564; nonce++) {
            UUID holder = nonces.find(CHAIN, address, nonce).orElseThrow().withdrawalId();
            assertThat(got.get(holder)).containsExactly(nonce);
        }
        assertThat(nonces.assign(CHAIN, address, UUID.randomUUID(), 0)).isEqualTo(564);
    }

    @Test
    void assign_shouldNeverReuseANonce_whenTwoProcessesInterleave() throws Exception {
        NonceManager first = newProcess();
        NonceManager second = newProcess();
        String address = NonceManagerContract.randomAddress();
        List<UUID> withdrawals = randomIds(100);
        List<UUID> requests = new ArrayList<>(withdrawals);
        requests.addAll(withdrawals); // each withdrawal asked once in each process (a retry after a failover)
        Collections.shuffle(requests);
        Map<UUID, Integer> turns = new ConcurrentHashMap<>();

        Map<UUID, Set<Long>> got = race(requests, withdrawal -> {
            boolean firstTurn = turns.merge(withdrawal, 1, Integer::sum) == 1;
            return (firstTurn ^ withdrawal.hashCode() % 2 == 0 ? first : second).assign(CHAIN, address, withdrawal, 0);
        });

        assertOneNonceEach(got, withdrawals, 0);
    }

    @Test
    void release_shouldLeaveNoHole_whenReleasesRaceWithAssignmentsInTwoProcesses() throws Exception {
        NonceManager first = newProcess();
        NonceManager second = newProcess();
        String address = NonceManagerContract.randomAddress();
        List<UUID> kept = randomIds(48);
        Set<UUID> cancelled = Set.copyOf(randomIds(16));
        List<UUID> requests = new ArrayList<>(kept);
        requests.addAll(cancelled);
        Collections.shuffle(requests);

        race(requests, withdrawal -> {
            long nonce = first.assign(CHAIN, address, withdrawal, 0);
            if (cancelled.contains(withdrawal)) {
                second.release(CHAIN, address, withdrawal);
            }
            return nonce;
        });

        long next = second.assign(CHAIN, address, UUID.randomUUID(), 0);
        List<NonceAssignment> below = LongStream.range(0, next)
                .mapToObj(nonce -> first.find(CHAIN, address, nonce).orElseThrow(
                        () -> new AssertionError("nonce " + nonce + " is a hole")))
                .toList();
        assertThat(below).filteredOn(a -> a.state() == NonceState.ASSIGNED)
                .extracting(NonceAssignment::withdrawalId).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(below).filteredOn(a -> a.state() == NonceState.GAP)
                .allSatisfy(a -> assertThat(cancelled).contains(a.withdrawalId()));
        assertThat(first.gapsToFill(CHAIN, address)).hasSize(below.size() - kept.size());
    }

    private interface Assigner {
        long assign(UUID withdrawal);
    }

    /** Runs every request at once on the pool; returns the nonces each withdrawal was given. */
    private static Map<UUID, Set<Long>> race(List<UUID> requests, Assigner assigner) throws Exception {
        Map<UUID, Set<Long>> got = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Long>> tasks = requests.stream().<Callable<Long>>map(withdrawal -> () -> {
            start.await();
            long nonce = assigner.assign(withdrawal);
            got.computeIfAbsent(withdrawal, w -> ConcurrentHashMap.newKeySet()).add(nonce);
            return nonce;
        }).toList();
        List<Future<Long>> futures = tasks.stream().map(pool::submit).toList();
        start.countDown();
        for (Future<Long> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        return got;
    }

    private static void assertOneNonceEach(Map<UUID, Set<Long>> got, List<UUID> withdrawals, long start) {
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(withdrawals);
        assertThat(got.values()).allSatisfy(nonces -> assertThat(nonces).hasSize(1));
        List<Long> handedOut = got.values().stream().flatMap(Set::stream).sorted().toList();
        assertThat(handedOut).containsExactlyElementsOf(
                LongStream.range(start, start + withdrawals.size()).boxed().toList());
    }

    private static List<UUID> randomIds(int count) {
        return LongStream.range(0, count).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toList());
    }
}
