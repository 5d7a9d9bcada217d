package io.usdtcustody.custody.treasury.port;

import io.usdtcustody.custody.treasury.TreasuryMove;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persists treasury moves. Creation is conditional on the id not existing (the id is derived from the caller's
 * idempotency key); a transition applies only to the version it was computed from.
 */
public interface TreasuryMoves {

    /** Stores {@code move} unless its id exists; returns the stored move either way. */
    TreasuryMove createOnce(TreasuryMove move);

    /** Replaces {@code current} by {@code next} if nobody changed it since; false (nothing changed) otherwise. */
    boolean transition(TreasuryMove current, TreasuryMove next);

    Optional<TreasuryMove> find(UUID id);

    /** Moves in a state, oldest change first. */
    List<TreasuryMove> inState(TreasuryMove.State state, int limit);
}
