package io.usdtcustody.matching.journal;

import java.util.Optional;

/**
 * Rebuilds a state machine after a restart: the newest valid snapshot, then every journal record after it,
 * in order. Run it once, after {@link Journal#open} (which has already cut off any torn tail) and before the
 * first append, on an empty state machine.
 *
 * <p>It checks that the two fit together: a snapshot newer than the end of the journal (records it
 * includes were lost from the journal) or a journal that no longer reaches back to the snapshot (segments
 * pruned too far) is refused rather than silently yielding a state that no acknowledged history produced.
 */
public final class Recovery {
    private Recovery() {
    }

    public static RecoveryOutcome recover(Journal journal, SnapshotStore snapshots, JournaledStateMachine machine) {
        Optional<Snapshot> snapshot = snapshots.latest();
        long snapshotSequence = snapshot.map(Snapshot::sequence).orElse(0L);
        long lastSequence = journal.lastSequence();
        if (snapshotSequence > lastSequence) {
            throw JournalException.inconsistent("snapshot " + snapshotSequence + " is ahead of the journal, which ends at "
                    + lastSequence + ": journal records were lost");
        }
        snapshot.ifPresent(s -> machine.restore(s.state()));
        long replayed = 0;
        long expected = snapshotSequence + 1;
        try (JournalCursor records = journal.read(expected)) {
            while (records.next()) {
                machine.apply(records.sequence(), records.record());
                expected = records.sequence() + 1;
                replayed++;
            }
        }
        if (expected != lastSequence + 1) {
            throw JournalException.inconsistent("replay ended at " + (expected - 1) + " but the journal ends at " + lastSequence);
        }
        return new RecoveryOutcome(snapshotSequence, lastSequence, replayed, machine.stateHash());
    }
}
