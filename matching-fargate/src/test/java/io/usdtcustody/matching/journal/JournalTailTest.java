package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.appendWaiting;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static io.usdtcustody.matching.journal.JournalFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tail follows a journal being written: every durable record once, in order, across segment roll-overs. */
class JournalTailTest {
    private static final int SEGMENT_BYTES = 1024;

    @TempDir
    Path directory;

    @Test
    void next_shouldReturnEveryDurableRecordOnceInOrder_whileAnotherThreadAppendsAcrossSegments() throws Exception {
        try (Journal journal = Journal.open(small(directory, SEGMENT_BYTES))) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 2_000; n++) {
                    appendWaiting(journal, record(n));
                }
            });
            List<Long> sequences = new ArrayList<>();
            List<byte[]> records = new ArrayList<>();
            try (JournalTail tail = journal.tail(1)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (sequences.size() < 2_000 && System.nanoTime() < deadline) {
                    if (tail.next()) {
                        sequences.add(tail.sequence());
                        records.add(bytes(tail.record()));
                    } else {
                        journal.awaitDurable(sequences.size() + 1, TimeUnit.MILLISECONDS.toNanos(10));
                    }
                }
            }
            writer.get(10, TimeUnit.SECONDS);

            assertThat(JournalFixtures.segments(directory)).hasSizeGreaterThan(10);
            assertThat(sequences).hasSize(2_000);
            for (int n = 0; n < 2_000; n++) {
                assertThat(sequences.get(n)).isEqualTo(n + 1);
                assertThat(records.get(n)).isEqualTo(record(n));
            }
        }
    }

    @Test
    void next_shouldStopAtTheDurableSequenceAndGoOn_whenMoreRecordsBecomeDurable() {
        try (Journal journal = Journal.open(small(directory, SEGMENT_BYTES))) {
            for (int n = 0; n < 5; n++) {
                appendWaiting(journal, record(n));
            }
            JournalFixtures.awaitDurable(journal, 5);
            try (JournalTail tail = journal.tail(3)) {
                assertThat(tail.next()).isTrue();
                assertThat(tail.sequence()).isEqualTo(3);
                assertThat(tail.next()).isTrue();
                assertThat(tail.next()).isTrue();
                assertThat(tail.sequence()).isEqualTo(5);
                assertThat(tail.next()).as("nothing durable after 5 yet").isFalse();

                appendWaiting(journal, record(5));
                JournalFixtures.awaitDurable(journal, 6);

                assertThat(tail.next()).isTrue();
                assertThat(tail.sequence()).isEqualTo(6);
                assertThat(bytes(tail.record())).isEqualTo(record(5));
                assertThat(tail.next()).isFalse();
            }
        }
    }

    private static byte[] bytes(ByteBuffer view) {
        byte[] copy = new byte[view.remaining()];
        view.duplicate().get(copy);
        return copy;
    }
}
