package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.journal.Checkpointer;
import io.usdtcustody.matching.journal.Journal;
import io.usdtcustody.matching.journal.JournalTail;
import io.usdtcustody.matching.journal.Snapshot;
import io.usdtcustody.matching.journal.SnapshotStore;
import io.usdtcustody.matching.journal.WatermarkFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The shadow engine: a second copy of the engine on its own thread that follows the durable journal, record by
 * record, and regenerates every command's outcome exactly as the matching thread produced it (the engine is
 * deterministic and the record carries time and ids). It does the two jobs that must not stop matching:
 * <ul>
 *   <li><b>Publishing.</b> Outcomes go to the {@link OutcomePublisher} in batches; only once a batch is stored
 *       does the durable published-watermark ({@link WatermarkFile}) move past it (written at most every
 *       {@value #MARK_EVERY_MILLIS} ms, and always before a snapshot and once caught up). Nothing is queued between the
 *       matching thread and the publisher: the journal is the queue, so a slow or failing Kinesis makes
 *       publication fall behind (and catch up later), never matching wait, and nothing durable is dropped.</li>
 *   <li><b>Snapshots.</b> Every {@code checkpointEveryCommands} sequences it snapshots its own copy, at a point
 *       everything before has been published, and prunes the journal behind the oldest retained snapshot.</li>
 * </ul>
 * After a crash it restores the newest snapshot no newer than the watermark (every snapshot is taken at or
 * before it, so that is the newest one), replays silently up to the watermark, and publishes from there: what
 * was journaled but not confirmed published is published again, with the same event ids, and consumers dedupe.
 */
final class JournalFollower {
    private static final int MAX_BATCH = 2_000;
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long RETRY_MILLIS = 1_000;
    private static final long MARK_EVERY_MILLIS = 100;
    private static final System.Logger LOG = System.getLogger(JournalFollower.class.getName());

    private final CoreConfig config;
    private final Journal journal;
    private final Checkpointer checkpointer;
    private final WatermarkFile watermark;
    private final OutcomePublisher publisher;
    private final JournaledEngine shadow;
    private final JournalTail tail;
    private final OutcomeRecorder recorder = new OutcomeRecorder();
    private final Thread thread;
    private long applied;
    private List<CommandOutcome> unpublished = List.of();
    private long lastCheckpoint;
    private long markWritten;
    private long markWrittenNanos;
    private volatile long published;
    private volatile boolean stopping;

    private JournalFollower(CoreConfig config, Journal journal, SnapshotStore snapshots, OutcomePublisher publisher,
            WatermarkFile watermark, Optional<Snapshot> base, long published) {
        this.config = config;
        this.journal = journal;
        this.checkpointer = new Checkpointer(journal, snapshots);
        this.watermark = watermark;
        this.publisher = publisher;
        this.shadow = new JournaledEngine(config.engine());
        base.ifPresent(snapshot -> shadow.restore(snapshot.state()));
        this.applied = base.map(Snapshot::sequence).orElse(0L);
        this.lastCheckpoint = applied;
        this.published = published;
        this.markWritten = published;
        this.tail = journal.tail(applied + 1);
        this.thread = new Thread(this::run, "matching-journal-follower");
        this.thread.setDaemon(true);
    }

    /** Picks up where the watermark says publication stopped, and starts following. */
    static JournalFollower start(CoreConfig config, Journal journal, SnapshotStore snapshots,
            OutcomePublisher publisher) {
        WatermarkFile watermark = new WatermarkFile(config.publishedWatermark());
        long mark = watermark.read().orElse(0L);
        if (mark > journal.lastSequence()) {
            LOG.log(System.Logger.Level.WARNING, "published watermark " + mark + " is past the journal's end "
                    + journal.lastSequence() + "; publishing from the journal's end");
            mark = journal.lastSequence();
        }
        Optional<Snapshot> base = snapshots.latestAtOrBefore(mark);
        if (base.isEmpty() && journal.firstSequence() > 1) {
            base = snapshots.latest(); // the journal no longer reaches back to the mark: say what is lost
            LOG.log(System.Logger.Level.WARNING, "no snapshot at or before published watermark " + mark
                    + " and the journal is pruned; events of sequences " + (mark + 1) + ".."
                    + base.map(Snapshot::sequence).orElse(0L) + " cannot be published");
        }
        long published = Math.max(mark, base.map(Snapshot::sequence).orElse(0L));
        JournalFollower follower = new JournalFollower(config, journal, snapshots, publisher, watermark, base,
                published);
        LOG.log(System.Logger.Level.INFO, "journal follower starts at snapshot " + follower.applied
                + ", published through " + published);
        follower.thread.start();
        return follower;
    }

    /** Every outcome up to this sequence is published (or there is nobody to publish to). */
    long publishedSequence() {
        return published;
    }

    /**
     * Catches up with the (closed) journal for a bounded time, publishing what is left, then stops; what is
     * still unpublished then is published after the next start.
     */
    void stop() throws InterruptedException {
        stopping = true;
        thread.join(Math.max(1, config.publishDrain().toMillis()));
        if (thread.isAlive()) {
            LOG.log(System.Logger.Level.WARNING, "journal follower stopped before catching up: published through "
                    + published + "; the rest is published after the next start");
            thread.interrupt();
            thread.join();
        }
        tail.close();
    }

    private void run() {
        try {
            while (true) {
                try {
                    followBatch();
                    if (config.checkpointEveryCommands() > 0 && applied % config.checkpointEveryCommands() == 0
                            && applied != lastCheckpoint) {
                        checkpoint();
                    }
                    if (applied >= journal.durableSequence()) {
                        saveMark(true); // caught up: the mark is current before going idle or stopping
                        if (stopping) {
                            return;
                        }
                        journal.awaitDurable(applied + 1, IDLE_WAIT_NANOS);
                    }
                } catch (RuntimeException e) {
                    // e.g. the watermark could not be written: keep the batch, try again, never skip it
                    LOG.log(System.Logger.Level.ERROR, "journal follower failed at sequence " + applied
                            + " (published through " + published + "); retrying in " + RETRY_MILLIS + " ms", e);
                    TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Applies the next durable records (up to a batch, and never past the next checkpoint), then publishes them;
     * a batch whose publication failed is published again first.
     */
    private void followBatch() throws InterruptedException {
        if (unpublished.isEmpty()) {
            long end = applied + MAX_BATCH;
            int every = config.checkpointEveryCommands();
            if (every > 0) {
                end = Math.min(end, (applied / every + 1) * every);
            }
            List<CommandOutcome> batch = new ArrayList<>();
            while (applied < end && tail.next()) {
                long sequence = tail.sequence();
                if (sequence <= published) {
                    shadow.apply(tail.record(), EngineEvents.NONE); // published before the restart
                } else {
                    batch.add(shadow.applyRecorded(sequence, tail.record(), recorder));
                }
                applied = sequence;
            }
            unpublished = batch;
        }
        if (!unpublished.isEmpty()) {
            publisher.publish(unpublished, shadow.engine()::symbol);
            published = applied;
            unpublished = List.of();
            saveMark(false);
        }
    }

    /**
     * Writes the published-watermark if it moved and {@code force} or {@value #MARK_EVERY_MILLIS} ms have passed:
     * each write is two fsyncs beside the journal's, so under load it runs behind by at most that long (a crash
     * then republishes a little more; consumers dedupe). Forced before every snapshot, which must never be ahead
     * of the durable mark, and whenever the follower has caught up.
     */
    private void saveMark(boolean force) {
        long now = System.nanoTime();
        boolean due = now - markWrittenNanos >= TimeUnit.MILLISECONDS.toNanos(MARK_EVERY_MILLIS);
        if (published > markWritten && (force || due)) {
            watermark.write(published);
            markWritten = published;
            markWrittenNanos = now;
        }
    }

    private void checkpoint() {
        saveMark(true);
        lastCheckpoint = applied;
        try {
            int pruned = checkpointer.checkpoint(shadow, applied, config.checkpointWait());
            LOG.log(System.Logger.Level.INFO, "checkpoint at sequence " + applied + ": " + pruned
                    + " journal segments pruned");
        } catch (RuntimeException e) {
            // a missed snapshot only lengthens the next recovery; the journal still holds every record
            LOG.log(System.Logger.Level.WARNING, "checkpoint at sequence " + applied + " failed", e);
        }
    }
}
