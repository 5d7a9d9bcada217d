package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.appendWaiting;
import static io.usdtcustody.matching.journal.JournalFixtures.lastSegment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Replay rebuilds the same state: for random journals (record sizes, segment sizes, checkpoints, retention,
 * durability mode and a torn tail all drawn from a seed), recovery from snapshot + tail gives exactly the
 * state hash of applying the surviving records in order to a fresh machine straight from memory, and a
 * second recovery gives it again.
 */
class RecoveryPropertyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path root;

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recover_shouldRebuildTheStateHashOfTheSurvivingRecords_forRandomJournals(long seed) throws IOException {
        Random random = new Random(seed);
        Path journalDirectory = root.resolve("journal");
        JournalConfig config = JournalFixtures.small(journalDirectory, 512 + random.nextInt(4096))
                .withDurability(random.nextBoolean() ? Durability.FSYNC_PER_BATCH : Durability.OS_PAGE_CACHE);
        SnapshotStore snapshots = SnapshotStore.open(root.resolve("snapshots"), 1 + random.nextInt(3));
        List<byte[]> records = new ArrayList<>();
        int count = 50 + random.nextInt(600);
        RunningHashStateMachine live = new RunningHashStateMachine();
        try (Journal journal = Journal.open(config)) {
            Checkpointer checkpointer = new Checkpointer(journal, snapshots);
            for (int n = 0; n < count; n++) {
                byte[] record = JournalFixtures.randomRecord(random, random.nextInt(8) == 0 ? 400 : 40);
                records.add(record);
                live.apply(appendWaiting(journal, record), record);
                if (random.nextInt(97) == 0) {
                    checkpointer.checkpoint(live, live.lastSequence(), WAIT);
                }
            }
        }
        boolean tornTail = random.nextBoolean();
        if (tornTail) {
            Path last = lastSegment(journalDirectory);
            try (FileChannel channel = FileChannel.open(last, StandardOpenOption.WRITE)) {
                channel.truncate(Math.max(SegmentFile.HEADER_BYTES, channel.size() - 1 - random.nextInt(8)));
            }
        }

        RecoveryOutcome first = recover(config, snapshots);
        RecoveryOutcome second = recover(config, snapshots);

        long surviving = first.lastSequence();
        assertThat(surviving).isBetween(tornTail ? 0L : count, (long) count);
        RunningHashStateMachine reference = new RunningHashStateMachine();
        for (int n = 0; n < surviving; n++) {
            reference.apply(n + 1, records.get(n));
        }
        assertThat(first.stateHash()).isEqualTo(reference.stateHash());
        assertThat(second).isEqualTo(first);
        if (surviving == count) {
            assertThat(first.stateHash()).isEqualTo(live.stateHash());
        }
        assertThat(first.recordsReplayed()).isEqualTo(surviving - first.snapshotSequence());
    }

    @Test
    void recover_shouldRefuse_whenTheSnapshotIsAheadOfTheJournal() throws IOException {
        Path journalDirectory = root.resolve("journal");
        SnapshotStore snapshots = SnapshotStore.open(root.resolve("snapshots"), 2);
        RunningHashStateMachine live = new RunningHashStateMachine();
        try (Journal journal = Journal.open(JournalConfig.defaults(journalDirectory))) {
            for (int n = 0; n < 10; n++) {
                live.apply(appendWaiting(journal, JournalFixtures.record(n)), JournalFixtures.record(n));
            }
            new Checkpointer(journal, snapshots).checkpoint(live, 10, WAIT);
        }
        try (FileChannel channel = FileChannel.open(lastSegment(journalDirectory), StandardOpenOption.WRITE)) {
            channel.truncate(SegmentFile.HEADER_BYTES); // the journal lost records the snapshot includes
        }

        try (Journal journal = Journal.open(JournalConfig.defaults(journalDirectory))) {
            assertThatThrownBy(() -> Recovery.recover(journal, snapshots, new RunningHashStateMachine()))
                    .isInstanceOf(JournalException.class).hasMessageContaining("ahead of the journal");
        }
        assertThat(Files.exists(journalDirectory)).isTrue();
    }

    private RecoveryOutcome recover(JournalConfig config, SnapshotStore snapshots) {
        try (Journal journal = Journal.open(config)) {
            return Recovery.recover(journal, snapshots, new RunningHashStateMachine());
        }
    }
}
