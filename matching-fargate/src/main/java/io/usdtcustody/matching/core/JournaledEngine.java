package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import java.nio.ByteBuffer;

/**
 * The matching engine seen through the journal's {@link io.usdtcustody.matching.journal.JournaledStateMachine}
 * port, so that {@link io.usdtcustody.matching.journal.Recovery} and the
 * {@link io.usdtcustody.matching.journal.Checkpointer} can rebuild and snapshot it. Records are the engine's own
 * {@link io.usdtcustody.matching.engine.command.CommandCodec} encoding; snapshots are the engine's canonical
 * snapshot bytes. Live commands go through {@link #apply(ByteBuffer, EngineEvents)} too, so the live path and
 * replay decode the very same bytes.
 */
public final class JournaledEngine implements io.usdtcustody.matching.journal.JournaledStateMachine {
    private final EngineConfig sizing;
    private MatchingEngine engine;

    /** An empty engine with these rules; a restored snapshot brings its own rules and keeps these sizes. */
    public JournaledEngine(EngineConfig config) {
        this.sizing = config;
        this.engine = new MatchingEngine(config);
    }

    @Override
    public void restore(byte[] snapshot) {
        engine = MatchingEngine.restore(snapshot, OrderBookFactory.FAST, sizing);
    }

    @Override
    public void apply(long sequence, ByteBuffer record) {
        // replayed events were acknowledged and published before the restart: nobody is told again; refusals
        // are outcomes, never thrown
        engine.apply(record, EngineEvents.NONE);
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
