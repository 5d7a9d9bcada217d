package io.usdtcustody.custody.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.audit.port.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} adapter promises; run against the in-memory fake and against DynamoDB. */
public abstract class AuditLogContract {
    protected static final Instant NOW = Instant.parse("2025-03-01T12:00:00.123456789Z");

    /** A new, empty log; every adapter is also readable as an {@link AuditTrail}. */
    protected abstract AuditLog newLog(Clock clock);

    private static AuditTrail trail(AuditLog log) {
        return (AuditTrail) log;
    }

    @Test
    void append_shouldStartAtSequenceZeroFromGenesis_whenLogIsEmpty() {
        AuditLog log = newLog(Clock.fixed(NOW, ZoneOffset.UTC));

        AuditEntry first = log.append(record("wd-1"));

        assertThat(first.sequence()).isZero();
        assertThat(first.previousHash()).isEqualTo(AuditHashChain.GENESIS_PREVIOUS_HASH);
        assertThat(first.at()).isEqualTo(NOW);
        assertThat(first.hash()).isEqualTo(AuditHashChain.recompute(first));
    }

    @Test
    void append_shouldLinkEachEntryToItsPredecessor_whenAppendingInTurn() {
        AuditLog log = newLog(Clock.fixed(NOW, ZoneOffset.UTC));

        List<AuditEntry> appended = IntStream.range(0, 5).mapToObj(i -> log.append(record("wd-" + i))).toList();

        for (int i = 1; i < appended.size(); i++) {
            assertThat(appended.get(i).sequence()).isEqualTo(i);
            assertThat(appended.get(i).previousHash()).isEqualTo(appended.get(i - 1).hash());
        }
        assertThat(trail(log).head()).contains(AuditHead.of(appended.get(4)));
    }

    @Test
    void entries_shouldReturnWhatWasAppended_whenReadBack() {
        AuditLog log = newLog(Clock.offset(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(7)));
        AuditEntry first = log.append(record("wd-1"));
        AuditEntry second = log.append(new AuditRecord("approval.recorded", "acme", "wd-1", Map.of()));

        try (Stream<AuditEntry> stored = trail(log).entries(Long.MAX_VALUE)) {
            assertThat(stored.toList()).containsExactly(first, second);
        }
        try (Stream<AuditEntry> stored = trail(log).entries(0)) {
            assertThat(stored.toList()).containsExactly(first);
        }
    }

    @Test
    void verify_shouldReportOk_whenAppendsRaceEachOther() throws Exception {
        AuditLog log = newLog(Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = IntStream.range(0, 4).<Future<?>>mapToObj(w -> pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    log.append(record("wd-" + w + "-" + i));
                }
            })).toList();
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        AuditVerification result = new AuditVerifier().verify(trail(log));

        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isEqualTo(40);
    }

    protected static AuditRecord record(String subject) {
        return new AuditRecord("policy.decision", "acme", subject, Map.of("outcome", "approve", "rule", "daily-limit"));
    }
}
