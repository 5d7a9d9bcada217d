package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.appendWaiting;
import static io.usdtcustody.matching.journal.JournalFixtures.awaitDurable;
import static io.usdtcustody.matching.journal.JournalFixtures.readAll;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.matching.journal.JournalFixtures.Stored;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The committer batches appends, reports durability in order, and a full buffer refuses rather than blocks. */
class GroupCommitTest {
    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Durability.class)
    void durableSequence_shouldRiseInOrderToTheLastAppend_whenRecordsAreCommittedInBatches(Durability durability) {
        List<Long> reported = new CopyOnWriteArrayList<>();
        int records = 50_000;
        try (Journal journal = Journal.open(JournalConfig.defaults(directory).withDurability(durability), reported::add)) {
            for (int n = 0; n < records; n++) {
                appendWaiting(journal, record(n));
                assertThat(journal.durableSequence()).isLessThanOrEqualTo(n + 1);
            }
            awaitDurable(journal, records);
            assertThat(journal.durableSequence()).isEqualTo(records);
            assertThat(readAll(journal.read(1))).extracting(Stored::sequence).hasSize(records).isSorted();
        }

        assertThat(reported).isSorted().doesNotHaveDuplicates().last().isEqualTo((long) records);
        if (durability == Durability.FSYNC_PER_BATCH) {
            assertThat(reported.size()).as("one fsync shared by many records").isLessThan(records / 10);
        }
    }

    @Test
    void append_shouldReturnRejectedFull_whenTheCommitterIsStalled_andAcceptAgainOnceItDrains() throws Exception {
        CountDownLatch stall = new CountDownLatch(1);
        CountDownLatch stalled = new CountDownLatch(1);
        DurabilityListener stallingListener = durable -> {
            stalled.countDown();
            await(stall);
        };
        JournalConfig config = JournalConfig.defaults(directory).withBufferBytes(4096);
        List<Long> accepted = new ArrayList<>();
        try (Journal journal = Journal.open(config, stallingListener)) {
            accepted.add(journal.append(record(0)));
            assertThat(stalled.await(5, TimeUnit.SECONDS)).isTrue();

            long result;
            int n = 1;
            while ((result = journal.append(record(n))) > 0) {
                accepted.add(result);
                n++;
            }
            assertThat(result).isEqualTo(RecordSink.REJECTED_FULL);
            assertThat(accepted.size()).as("a 4 KiB buffer holds a bounded number").isBetween(20, 200);
            long waitedNanos = System.nanoTime();
            assertThat(journal.append(ByteBuffer.wrap(record(n)), TimeUnit.MILLISECONDS.toNanos(50)))
                    .isEqualTo(RecordSink.REJECTED_FULL);
            assertThat(System.nanoTime() - waitedNanos).as("the bounded wait returns").isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(journal.awaitDurable(accepted.get(accepted.size() - 1), TimeUnit.MILLISECONDS.toNanos(20))).isFalse();

            stall.countDown();
            long next = journal.append(ByteBuffer.wrap(record(n)), TimeUnit.SECONDS.toNanos(10));
            assertThat(next).isEqualTo(accepted.size() + 1L);
            awaitDurable(journal, next);
            List<Stored> stored = readAll(journal.read(1));
            assertThat(stored).extracting(Stored::sequence).hasSize((int) next).isSorted();
            assertThat(stored.get((int) next - 1).bytes()).as("the refused record was taken only once").isEqualTo(record(n));
        }
    }

    @Test
    void append_shouldStoreEveryRecord_whenABatchWrapsTheBufferWithAFrameEndingExactlyAtItsEnd() throws Exception {
        CountDownLatch stall = new CountDownLatch(1);
        DurabilityListener stallAfterFirstBatch = durable -> await(stall);
        byte[] fortyEight = new byte[48]; // 16 + 48 = 64-byte frames: sixteen of them fill a 1 KiB buffer exactly
        try (Journal journal = Journal.open(JournalConfig.defaults(directory).withBufferBytes(1024), stallAfterFirstBatch)) {
            journal.append(fortyEight);
            awaitDurable(journal, 1);
            for (int n = 2; n <= 17; n++) { // 2..16 run to the end of the ring, 17 starts again at index 0
                fortyEight[0] = (byte) n;
                assertThat(journal.append(fortyEight)).isEqualTo(n);
            }
            stall.countDown();
            awaitDurable(journal, 17);

            List<Stored> stored = readAll(journal.read(1));
            assertThat(stored).extracting(Stored::sequence).hasSize(17).isSorted();
            assertThat(stored.get(16).bytes()[0]).isEqualTo((byte) 17);
        }
    }

    @Test
    void awaitDurable_shouldReturnFalse_whenTheJournalClosesFirst() throws Exception {
        Journal journal = Journal.open(JournalConfig.defaults(directory));
        long sequence = journal.append(record(0));
        journal.close();
        assertThat(journal.awaitDurable(sequence, TimeUnit.SECONDS.toNanos(1))).as("closing forced it").isTrue();
        assertThat(journal.awaitDurable(sequence + 1, TimeUnit.SECONDS.toNanos(5))).isFalse();
    }

    @Test
    void append_shouldRefuseAndWaitersShouldFail_whenTheCommitterHasFailed() throws Exception {
        DurabilityListener failing = durable -> {
            throw new IllegalStateException("listener broke");
        };
        Journal journal = Journal.open(JournalConfig.defaults(directory), failing);
        long first = journal.append(record(0));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long result = first;
        while (result > 0 && System.nanoTime() < deadline) {
            result = journal.append(record(1));
            Thread.sleep(1);
        }

        assertThat(result).isEqualTo(RecordSink.REJECTED_CLOSED);
        assertThatThrownBy(() -> journal.awaitDurable(Long.MAX_VALUE, 1_000_000))
                .isInstanceOf(JournalException.class).hasMessageContaining("must be reopened");
        assertThatThrownBy(journal::close).isInstanceOf(JournalException.class);
        try (Journal reopened = Journal.open(JournalConfig.defaults(directory))) {
            assertThat(readAll(reopened.read(1))).extracting(Stored::sequence).startsWith(1L).isSorted();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
