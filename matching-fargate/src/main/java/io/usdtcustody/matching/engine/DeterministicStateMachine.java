package io.usdtcustody.matching.engine;

import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import java.nio.ByteBuffer;

/**
 * The engine as the write-ahead journal and the snapshot store see it: opaque command records in, state as
 * bytes out. Recovery is {@code MatchingEngine.restore(latestSnapshot)} followed by {@link #apply} of every
 * journal record after it; the {@link #stateHash} afterwards equals the hash of the engine that wrote them.
 * Implementations are single-threaded and deterministic: same snapshot and same records, same events and same
 * state, whatever the clock says.
 */
public interface DeterministicStateMachine {

    /** Decodes one command record and executes it; MALFORMED_COMMAND when the record does not decode. */
    ResultCode apply(ByteBuffer commandRecord, EngineEvents events);

    /** The whole state as canonical bytes (checksummed) for the snapshot store. */
    byte[] snapshot();

    /** SHA-256 (lower-case hex) of {@link #snapshot()}. */
    String stateHash();
}
