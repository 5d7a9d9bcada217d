package io.usdtcustody.model.travelrule;

import io.usdtcustody.model.events.EventContract;

/**
 * The {@code wallet-events} contracts of deposits the Travel Rule holds. A held deposit that is later released
 * is announced as an ordinary {@code wallet.deposit.credited}; these two cover the hold and its rejection.
 * Partition key: the customer's funding account, as for every other deposit event.
 */
public final class DepositHoldEvents {
    /** A deposit is held (or still held, for a new reason) instead of credited. */
    public static final EventContract<DepositHeld> DEPOSIT_HELD =
            new EventContract<>("wallet.deposit.held", 1, DepositHeld.class);
    /** An operator rejected a held deposit; its funds stay in suspense for return. */
    public static final EventContract<DepositHoldRejected> DEPOSIT_HOLD_REJECTED =
            new EventContract<>("wallet.deposit.hold-rejected", 1, DepositHoldRejected.class);

    private DepositHoldEvents() {
    }
}
