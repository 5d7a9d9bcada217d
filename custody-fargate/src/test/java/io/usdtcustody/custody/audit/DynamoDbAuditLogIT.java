package io.usdtcustody.custody.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.audit.AuditVerification.Problem;
import io.usdtcustody.custody.audit.adapter.DynamoDbAuditLog;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbAuditLogIT extends AuditLogContract {
    private static final AtomicInteger LOGS = new AtomicInteger();
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.AUDIT);
    }

    /** The partition of the last log made: the adapter's documented layout {@code AUDIT#<log>}. */
    private String partition;

    /** Each test gets its own chain (its own partition) in the class's table. */
    @Override
    protected DynamoDbAuditLog newLog(Clock clock) {
        String name = "test-" + LOGS.incrementAndGet();
        partition = "AUDIT#" + name;
        return new DynamoDbAuditLog(dynamoDb, table, name, clock);
    }

    @Test
    void append_shouldBuildOneLinearChain_whenSixteenAppendersRace() throws Exception {
        DynamoDbAuditLog log = newLog(Clock.systemUTC());
        int appenders = 16;
        int perAppender = 50;
        ExecutorService pool = Executors.newFixedThreadPool(appenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<AuditEntry>>> results = new ArrayList<>();
        try {
            for (int a = 0; a < appenders; a++) {
                int appender = a;
                results.add(pool.submit(() -> {
                    start.await();
                    List<AuditEntry> mine = new ArrayList<>();
                    for (int i = 0; i < perAppender; i++) {
                        mine.add(appendAsACallerWould(log, record("wd-" + appender + "-" + i)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> sequences = new ArrayList<>();
            for (Future<List<AuditEntry>> result : results) {
                result.get().forEach(e -> sequences.add(e.sequence()));
            }

            AuditVerification verification = new AuditVerifier().verify(log);

            assertThat(verification.ok()).as("%s", verification.firstBrokenLink()).isTrue();
            assertThat(verification.entries()).isEqualTo(800);
            assertThat(sequences).hasSize(800).doesNotHaveDuplicates().allMatch(s -> s >= 0 && s < 800);
            assertThat(log.head()).get().extracting(AuditHead::lastSequence).isEqualTo(799L);
            try (Stream<AuditEntry> stored = log.entries(Long.MAX_VALUE)) {
                assertThat(stored.map(AuditEntry::sequence).toList())
                        .containsExactlyElementsOf(Stream.iterate(0L, s -> s + 1).limit(800).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void verify_shouldNameExactlyTheTamperedSequence_whenStoredItemIsUpdatedDirectly() {
        DynamoDbAuditLog log = appendTwenty();
        assertThat(entry(log, 13).record().details()).containsEntry("outcome", "approve");

        dynamoDb.updateItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS(skOf(13))))
                .updateExpression("SET details.#outcome = :changed")
                .expressionAttributeNames(Map.of("#outcome", "outcome"))
                .expressionAttributeValues(Map.of(":changed", AttributeValue.fromS("reject"))));

        AuditVerification verification = new AuditVerifier().verify(log);
        assertThat(verification.ok()).isFalse();
        assertThat(verification.entries()).isEqualTo(13);
        assertThat(verification.firstBrokenLink()).get().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(13);
            assertThat(link.problem()).isEqualTo(Problem.HASH_MISMATCH);
        });
    }

    @Test
    void verify_shouldNameGap_whenStoredItemIsDeleted() {
        DynamoDbAuditLog log = appendTwenty();

        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(partition),
                "sk", AttributeValue.fromS(skOf(8)))));

        AuditVerification verification = new AuditVerifier().verify(log);
        assertThat(verification.firstBrokenLink()).get().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(8);
            assertThat(link.problem()).isEqualTo(Problem.GAP);
        });
    }

    @Test
    void verify_shouldNameUnreadable_whenStoredAttributeIsRemoved() {
        DynamoDbAuditLog log = appendTwenty();

        dynamoDb.updateItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(partition),
                "sk", AttributeValue.fromS(skOf(3)))).updateExpression("REMOVE #type")
                .expressionAttributeNames(Map.of("#type", "type")));

        AuditVerification verification = new AuditVerifier().verify(log);
        assertThat(verification.firstBrokenLink()).get().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(3);
            assertThat(link.problem()).isEqualTo(Problem.UNREADABLE);
        });
    }

    @Test
    void append_shouldRefuseToFork_whenHeadWasDeletedBehindItsEntries() {
        DynamoDbAuditLog log = appendTwenty();
        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(partition),
                "sk", AttributeValue.fromS("HEAD"))));

        assertThatThrownBy(() -> log.append(record("wd-late"))).isInstanceOf(PlatformException.class)
                .hasMessageContaining("head is behind");
    }

    private DynamoDbAuditLog appendTwenty() {
        DynamoDbAuditLog log = newLog(Clock.systemUTC());
        for (int i = 0; i < 20; i++) {
            log.append(record("wd-" + i));
        }
        assertThat(new AuditVerifier().verify(log).ok()).isTrue();
        return log;
    }

    private static AuditEntry entry(DynamoDbAuditLog log, long sequence) {
        try (Stream<AuditEntry> stored = log.entries(sequence)) {
            return stored.filter(e -> e.sequence() == sequence).findFirst().orElseThrow();
        }
    }

    private static String skOf(long sequence) {
        return "ENTRY#" + String.format("%020d", sequence);
    }

    /**
     * Under heavy contention an append may give up with UNAVAILABLE (nothing written: every attempt is
     * conditional); callers retry, and so do the test's appenders.
     */
    private static AuditEntry appendAsACallerWould(DynamoDbAuditLog log, io.usdtcustody.custody.audit.AuditRecord record)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return log.append(record);
            } catch (io.usdtcustody.model.errors.PlatformException e) {
                if (e.errorCode() != io.usdtcustody.model.errors.ErrorCode.UNAVAILABLE || attempt >= 20) {
                    throw e;
                }
                Thread.sleep(10L * attempt);
            }
        }
    }
}
