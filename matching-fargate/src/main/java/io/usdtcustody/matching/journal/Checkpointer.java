package io.usdtcustody.matching.journal;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Takes a snapshot of the state machine and then drops what it made redundant: old snapshots beyond the
 * retention, and the journal segments that only hold records all retained snapshots already include.
 *
 * <p>Call it on the engine thread between commands, with the sequence of the last record the machine has
 * applied. It first waits until that record is durable: a snapshot must never include the effect of a
 * record that a crash could still take out of the journal, or recovery would restore a state that no
 * durable history produced and then hand out that record's sequence again.
 */
public final class Checkpointer {
    private final Journal journal;
    private final SnapshotStore snapshots;

    public Checkpointer(Journal journal, SnapshotStore snapshots) {
        this.journal = journal;
        this.snapshots = snapshots;
    }

    /**
     * Snapshots {@code machine}, whose state includes exactly the records up to {@code appliedSequence}, then
     * prunes. Returns how many journal segments were deleted. Throws {@link JournalException} (and writes
     * nothing) if that record is not durable within {@code maxWait}.
     */
    public int checkpoint(JournaledStateMachine machine, long appliedSequence, Duration maxWait) {
        try {
            if (!journal.awaitDurable(appliedSequence, maxWait.toNanos())) {
                throw JournalException.unavailable("sequence " + appliedSequence + " is not durable after " + maxWait
                        + "; no snapshot taken", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JournalException.unavailable("interrupted while waiting for sequence " + appliedSequence, e);
        }
        snapshots.write(appliedSequence, machine.snapshot());
        OptionalLong oldestKept = snapshots.prune();
        return oldestKept.isPresent() ? journal.pruneThrough(oldestKept.getAsLong()) : 0;
    }
}
