package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.matching.journal.JournalConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the matching core runs: where its journal and snapshots live, how durable an acknowledgement is, and the
 * bounds on everything that could otherwise grow or wait without end.
 *
 * @param dataDirectory            holds {@code journal/}, {@code snapshots/} and the events' published watermark
 * @param durability               {@link Durability#FSYNC_PER_BATCH} in production
 * @param engine                   the engine's rules for a fresh start (a snapshot brings its own)
 * @param queueCapacity            commands and reads waiting for the sequencer; more are refused (BUSY)
 * @param checkpointEveryCommands  a snapshot at every multiple of this sequence, taken by the journal follower
 *                                 off the matching thread (0: never)
 * @param appendWait               how long the sequencer waits for room in a full journal buffer
 * @param checkpointWait           how long a checkpoint waits for its sequence to become durable
 * @param snapshotsRetained        snapshots kept; the journal is pruned up to the oldest one
 * @param publishDrain             how long closing waits for the journal follower to publish what is left
 */
public record CoreConfig(Path dataDirectory, Durability durability, EngineConfig engine, int queueCapacity,
        int checkpointEveryCommands, Duration appendWait, Duration checkpointWait, int snapshotsRetained,
        Duration publishDrain) {

    public CoreConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(publishDrain, "publishDrain");
        if (queueCapacity < 1 || checkpointEveryCommands < 0 || snapshotsRetained < 1) {
            throw new IllegalArgumentException("queueCapacity and snapshotsRetained must be positive");
        }
    }

    /**
     * Forced per batch, 65,536 queued requests, a snapshot every million commands, two kept, up to ten seconds to
     * publish what is left on close.
     */
    public static CoreConfig defaults(Path dataDirectory) {
        return new CoreConfig(dataDirectory, Durability.FSYNC_PER_BATCH, EngineConfig.DEFAULT, 65_536, 1_000_000,
                Duration.ofMillis(50), Duration.ofSeconds(5), 2, Duration.ofSeconds(10));
    }

    public CoreConfig withDurability(Durability newDurability) {
        return new CoreConfig(dataDirectory, newDurability, engine, queueCapacity, checkpointEveryCommands,
                appendWait, checkpointWait, snapshotsRetained, publishDrain);
    }

    public CoreConfig withCheckpointEveryCommands(int commands) {
        return new CoreConfig(dataDirectory, durability, engine, queueCapacity, commands, appendWait,
                checkpointWait, snapshotsRetained, publishDrain);
    }

    public CoreConfig withQueueCapacity(int capacity) {
        return new CoreConfig(dataDirectory, durability, engine, capacity, checkpointEveryCommands, appendWait,
                checkpointWait, snapshotsRetained, publishDrain);
    }

    public CoreConfig withPublishDrain(Duration drain) {
        return new CoreConfig(dataDirectory, durability, engine, queueCapacity, checkpointEveryCommands, appendWait,
                checkpointWait, snapshotsRetained, drain);
    }

    JournalConfig journal() {
        return JournalConfig.defaults(dataDirectory.resolve("journal")).withDurability(durability);
    }

    Path snapshots() {
        return dataDirectory.resolve("snapshots");
    }

    Path publishedWatermark() {
        return dataDirectory.resolve("events-published.watermark");
    }
}
