package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import io.usdtcustody.matching.engine.command.CommandCodec;
import java.nio.ByteBuffer;

/**
 * The matching engine seen through the journal's {@link io.usdtcustody.matching.journal.JournaledStateMachine}
 * port, so that {@link io.usdtcustody.matching.journal.Recovery} and the
 * {@link io.usdtcustody.matching.journal.Checkpointer} can rebuild and snapshot it. Records are the engine's own
 * {@link io.usdtcustody.matching.engine.command.CommandCodec} encoding; snapshots are the engine's canonical
 * snapshot bytes. Live commands go through {@link #apply(ByteBuffer, EngineEvents)} too, so the live path and
 * replay decode the very same bytes. Recovery's replay is silent unless a listener asked for the outcomes
 * replayed ({@link OutcomeListener#onRecovered}), as market data does to rebuild its recent trades.
 */
public final class JournaledEngine implements io.usdtcustody.matching.journal.JournaledStateMachine {
    private final EngineConfig sizing;
    private final OutcomeListener replayed;
    private final Command decoded = new Command();
    private OutcomeRecorder recorder;
    private MatchingEngine engine;

    /** An empty engine with these rules; a restored snapshot brings its own rules and keeps these sizes. */
    public JournaledEngine(EngineConfig config) {
        this(config, null);
    }

    /** As {@link #JournaledEngine(EngineConfig)}; {@code replayed} hears each replayed record's outcome. */
    JournaledEngine(EngineConfig config, OutcomeListener replayed) {
        this.sizing = config;
        this.replayed = replayed;
        this.engine = new MatchingEngine(config);
    }

    @Override
    public void restore(byte[] snapshot) {
        engine = MatchingEngine.restore(snapshot, OrderBookFactory.FAST, sizing);
    }

    @Override
    public void apply(long sequence, ByteBuffer record) {
        // replayed events were acknowledged before the restart: only a listener that rebuilds a view of them is
        // told; refusals are outcomes, never thrown
        if (replayed == null) {
            engine.apply(record, EngineEvents.NONE);
        } else {
            recorder = recorder == null ? new OutcomeRecorder() : recorder;
            replayed.onRecovered(applyRecorded(sequence, record, recorder));
        }
    }

    /**
     * Applies one record and returns its outcome as the live path acknowledged it: the sequencer's timestamp and
     * order id come from the record itself.
     */
    CommandOutcome applyRecorded(long sequence, ByteBuffer record, OutcomeRecorder events) {
        CommandCodec.decode(record.duplicate(), decoded);
        ResultCode code = engine.apply(record, events);
        return new CommandOutcome(sequence, decoded.timestampNanos, decoded.orderId, code, events.take());
    }

    /** Applies one live record, reporting what it causes to {@code events}. */
    public ResultCode apply(ByteBuffer record, EngineEvents events) {
        return engine.apply(record, events);
    }

    @Override
    public byte[] snapshot() {
        return engine.snapshot();
    }

    /** The first 64 bits of the engine's SHA-256 state hash. */
    @Override
    public long stateHash() {
        return stateHashOf(engine);
    }

    /** The journal's 64-bit form of an engine's state hash: the first 64 bits of its SHA-256. */
    public static long stateHashOf(MatchingEngine engine) {
        return Long.parseUnsignedLong(engine.stateHash().substring(0, 16), 16);
    }

    /** The engine itself, for reads on the sequencer thread. */
    public MatchingEngine engine() {
        return engine;
    }
}
