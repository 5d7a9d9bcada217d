package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.address.DepositAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A deposit address that received credited funds, as the sweeper sees it. {@code creditSeq} counts credits
 * reported for it; {@code sweptSeq} is the count the latest sweep started from, so credits that arrived during a
 * sweep make the address due again when it ends. At most one sweep is active per address ({@code activeSweep}),
 * because the sweep transactions use the address's own nonces. A frozen address (quarantined funds on it) is
 * never swept automatically.
 */
public record SweepCandidate(DepositAddress owner, long creditSeq, long sweptSeq, Optional<UUID> activeSweep,
                             boolean frozen) {
    public SweepCandidate {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(activeSweep, "activeSweep");
    }

    /** Credits arrived since the last sweep started, and nothing stands in the way of sweeping. */
    public boolean due() {
        return !frozen && activeSweep.isEmpty() && creditSeq > sweptSeq;
    }
}
