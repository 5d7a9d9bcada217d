package io.usdtcustody.custody.sweep.port;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.sweep.Sweep;
import io.usdtcustody.custody.sweep.SweepCandidate;
import io.usdtcustody.custody.sweep.SweepState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sweep candidates (one per deposit address) and sweeps, with every change a conditional write so that
 * concurrent sweepers and retries after a crash never start two sweeps of one address or apply a transition
 * twice.
 */
public interface SweepStore {

    /** A credit was booked for {@code owner}: counts it, and makes the address due unless it is frozen or busy. */
    void recordCredit(DepositAddress owner, Instant now);

    /** Quarantined funds arrived at {@code owner}: it is never swept automatically again. */
    void freeze(DepositAddress owner);

    /** Candidates due at {@code now} (after any postponement), oldest first, at most {@code limit}. */
    List<SweepCandidate> due(Instant now, int limit);

    Optional<SweepCandidate> candidate(DepositAddress owner);

    /** Not worth a sweep yet: look again at {@code until} unless a credit comes first. */
    void postpone(SweepCandidate candidate, Instant until);

    /** Takes the candidate out of the due list (nothing to sweep, or custody cannot sweep it). */
    void retire(SweepCandidate candidate);

    /**
     * Records {@code sweep} and makes it the address's active sweep, atomically, only if the candidate is still
     * exactly as read (no other sweep started, no credit since, not frozen). False when it was not.
     */
    boolean start(Sweep sweep, SweepCandidate candidate);

    /**
     * The sweep ended: the address is free again (if {@code sweep} still holds it), and due at once if credits
     * arrived since the sweep started. Idempotent.
     */
    void release(Sweep sweep, Instant now);

    Optional<Sweep> find(UUID id);

    /** Sweeps in {@code state} (non-terminal states only), oldest first, at most {@code limit}. */
    List<Sweep> inState(SweepState state, int limit);

    /** Stores {@code next} if the stored sweep is still at {@code current}'s version; false otherwise. */
    boolean transition(Sweep current, Sweep next);
}
