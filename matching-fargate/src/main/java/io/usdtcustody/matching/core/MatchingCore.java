package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.journal.Journal;
import io.usdtcustody.matching.journal.Recovery;
import io.usdtcustody.matching.journal.RecoveryOutcome;
import io.usdtcustody.matching.journal.SnapshotStore;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The running matching core: the engine recovered from the latest snapshot plus the journal tail, fed by one
 * {@link Sequencer} thread, with acknowledgements released only once durable. This is what the service (and the
 * crash test's small main) starts; it logs the recovered state hash so that two starts from the same journal
 * can be compared.
 */
public final class MatchingCore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MatchingCore.class.getName());

    private final Journal journal;
    private final Acknowledger acknowledger;
    private final Sequencer sequencer;
    private final JournalFollower follower;
    private final RecoveryOutcome recovery;
    private boolean closed;

    private MatchingCore(Journal journal, Acknowledger acknowledger, Sequencer sequencer, JournalFollower follower,
            RecoveryOutcome recovery) {
        this.journal = journal;
        this.acknowledger = acknowledger;
        this.sequencer = sequencer;
        this.follower = follower;
        this.recovery = recovery;
    }

    /** As {@link #start(CoreConfig, Clock, OutcomeListener, OutcomePublisher)} with nothing to publish to. */
    public static MatchingCore start(CoreConfig config, Clock clock, OutcomeListener listener) {
        return start(config, clock, listener, OutcomePublisher.NONE);
    }

    /**
     * Opens the journal and snapshots in {@code config.dataDirectory()}, recovers (telling {@code listener} each
     * replayed outcome through {@link OutcomeListener#onRecovered}), and starts the sequencer. Outcomes reach
     * {@code listener} in sequence order once durable; the {@link JournalFollower} hands them to
     * {@code publisher}, at least once each, from the journal.
     */
    public static MatchingCore start(CoreConfig config, Clock clock, OutcomeListener listener,
            OutcomePublisher publisher) {
        Acknowledger acknowledger = new Acknowledger(listener);
        Journal journal = Journal.open(config.journal(), acknowledger);
        try {
            SnapshotStore snapshots = SnapshotStore.open(config.snapshots(), config.snapshotsRetained());
            JournaledEngine machine = new JournaledEngine(config.engine(),
                    listener == OutcomeListener.NONE ? null : listener);
            RecoveryOutcome recovery = Recovery.recover(journal, snapshots, machine);
            LOG.log(System.Logger.Level.INFO, "matching recovered: snapshot " + recovery.snapshotSequence() + ", "
                    + recovery.recordsReplayed() + " journal records replayed, last sequence " + recovery.lastSequence()
                    + ", state hash " + Long.toHexString(recovery.stateHash()));
            acknowledger.start(recovery.lastSequence());
            JournalFollower follower = JournalFollower.start(config, journal, snapshots, publisher);
            Sequencer sequencer = new Sequencer(config, clock, journal, machine, acknowledger);
            sequencer.start();
            return new MatchingCore(journal, acknowledger, sequencer, follower, recovery);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /**
     * Sequences a copy of {@code command} (its timestamp is replaced; a PLACE with order id 0 gets the next
     * one). The future completes when the command's journal record is durable, or fails with
     * {@link CommandRefusedException} when it was not taken (then it was neither journaled nor applied).
     */
    public CompletableFuture<CommandOutcome> submit(Command command) {
        return sequencer.submit(command);
    }

    /** Runs a read-only {@code query} against the engine on the sequencer thread. */
    public <T> CompletableFuture<T> read(Function<MatchingEngine, T> query) {
        return sequencer.read(query);
    }

    /** What recovery found at start-up. */
    public RecoveryOutcome recovery() {
        return recovery;
    }

    /**
     * Every outcome up to this sequence is published (stored downstream); the durable published-watermark
     * follows it within a fraction of a second.
     */
    public long publishedSequence() {
        return follower.publishedSequence();
    }

    /** The state hash now (read on the sequencer thread), in the journal's 64-bit form. */
    public CompletableFuture<Long> stateHash() {
        return sequencer.read(JournaledEngine::stateHashOf);
    }

    /**
     * Finishes queued commands, makes them durable, acknowledges them, publishes what is left (for a bounded
     * time), and releases the data directory.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sequencer.stop();
            journal.close();
            acknowledger.stop();
            follower.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
