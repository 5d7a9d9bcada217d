package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.appendWaiting;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static io.usdtcustody.matching.journal.JournalFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots make old segments redundant; pruning removes exactly those, and recovery still rebuilds the state. */
class CheckpointerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path root;

    @Test
    void checkpoint_shouldPruneOnlySegmentsCoveredByTheOldestRetainedSnapshot() {
        Path journalDirectory = root.resolve("journal");
        RunningHashStateMachine machine = new RunningHashStateMachine();
        SnapshotStore snapshots = SnapshotStore.open(root.resolve("snapshots"), 2);
        long[] checkpoints = {120, 250, 400};
        try (Journal journal = Journal.open(small(journalDirectory, 1024))) {
            Checkpointer checkpointer = new Checkpointer(journal, snapshots);
            int next = 0;
            for (long checkpoint : checkpoints) {
                for (; next < checkpoint; next++) {
                    machine.apply(appendWaiting(journal, record(next)), record(next));
                }
                checkpointer.checkpoint(machine, checkpoint, WAIT);
            }
            for (; next < 450; next++) {
                machine.apply(appendWaiting(journal, record(next)), record(next));
            }

            assertThat(snapshots.sequencesNewestFirst()).containsExactly(400L, 250L);
            List<SegmentFile> segments = SegmentFile.list(journalDirectory);
            assertThat(segments.get(0).firstSequence()).as("segments entirely at or below 250 are gone").isLessThanOrEqualTo(251);
            assertThat(segments.size() > 1 ? segments.get(1).firstSequence() : Long.MAX_VALUE)
                    .as("the first remaining segment is needed: it holds records after 250").isGreaterThan(251);
            assertThat(journal.firstSequence()).isEqualTo(segments.get(0).firstSequence());
        }

        RunningHashStateMachine recovered = new RunningHashStateMachine();
        try (Journal journal = Journal.open(small(journalDirectory, 1024))) {
            RecoveryOutcome outcome = Recovery.recover(journal, snapshots, recovered);
            assertThat(outcome.snapshotSequence()).isEqualTo(400);
            assertThat(outcome.recordsReplayed()).isEqualTo(50);
            assertThat(outcome.stateHash()).isEqualTo(machine.stateHash());
        }
    }

    @Test
    void checkpoint_shouldWriteNothing_whenTheAppliedSequenceIsNotDurableInTime() {
        SnapshotStore snapshots = SnapshotStore.open(root.resolve("snapshots"), 2);
        try (Journal journal = Journal.open(JournalConfig.defaults(root.resolve("journal")))) {
            long last = journal.append(record(0));

            assertThatThrownBy(() -> new Checkpointer(journal, snapshots)
                    .checkpoint(new RunningHashStateMachine(), last + 1, Duration.ofMillis(50)))
                    .isInstanceOf(JournalException.class).hasMessageContaining("not durable");
            assertThat(snapshots.latest()).isEmpty();
        }
    }

    @Test
    void pruneThrough_shouldRefuse_whenTheSequenceIsNotYetDurable() {
        try (Journal journal = Journal.open(JournalConfig.defaults(root.resolve("journal")))) {
            assertThatThrownBy(() -> journal.pruneThrough(5)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void read_shouldFail_whenTheRecordsAskedForWerePruned() {
        Path journalDirectory = root.resolve("journal");
        try (Journal journal = Journal.open(small(journalDirectory, 512))) {
            for (int n = 0; n < 100; n++) {
                appendWaiting(journal, record(n));
            }
            JournalFixtures.awaitDurable(journal, 100);
            assertThat(journal.pruneThrough(60)).isPositive();

            assertThatThrownBy(() -> journal.read(1)).isInstanceOf(JournalException.class).hasMessageContaining("pruned");
            assertThat(JournalFixtures.readAll(journal.read(61))).hasSize(40);
        }
    }
}
