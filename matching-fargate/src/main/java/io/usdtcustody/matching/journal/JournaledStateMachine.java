package io.usdtcustody.matching.journal;

import java.nio.ByteBuffer;

/**
 * The port a deterministic state machine (the matching engine) implements so that {@link Recovery} can
 * rebuild it from a {@link Snapshot} plus the journal records after it, and so that a {@link #stateHash()}
 * can prove two rebuilds from the same journal ended in the same state.
 *
 * <p>The one rule: {@link #apply} must be a pure function of the current state and the record, with no
 * clock, randomness, thread timing or environment read inside (time and ids come in the record). That is
 * what makes replay after a crash reproduce exactly the state the acknowledged commands produced.
 */
public interface JournaledStateMachine {

    /** Replaces the (empty, freshly made) state with the one {@link #snapshot()} serialized. */
    void restore(byte[] snapshot);

    /**
     * Applies one journal record, as it was applied live. {@code record} is a read-only view valid only
     * during the call. Rejections are outcomes, not failures: a command the machine refuses still returns
     * normally (and must be refused the same way on replay).
     */
    void apply(long sequence, ByteBuffer record);

    /** The whole state, serialized deterministically (equal states give equal bytes). */
    byte[] snapshot();

    /** A hash of the whole state, equal for equal states whichever way they were reached. */
    long stateHash();
}
