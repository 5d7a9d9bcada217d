package io.usdtcustody.custody.withdrawal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The withdrawal lifecycle. The happy path is REQUESTED → PENDING_APPROVAL → APPROVED → SIGNED → BROADCAST →
 * CONFIRMED; REJECTED, CANCELLED and FAILED end it with the hold released. Every change is a conditional write
 * of exactly one of the transitions listed here.
 */
public enum WithdrawalState {
    REQUESTED, PENDING_APPROVAL, APPROVED, SIGNED, BROADCAST, CONFIRMED, REJECTED, CANCELLED, FAILED;

    public Set<WithdrawalState> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(PENDING_APPROVAL, APPROVED, REJECTED);
            case PENDING_APPROVAL -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(SIGNED, CANCELLED, FAILED);
            case SIGNED -> EnumSet.of(BROADCAST, FAILED);
            case BROADCAST -> EnumSet.of(CONFIRMED, FAILED);
            case CONFIRMED, REJECTED, CANCELLED, FAILED -> EnumSet.noneOf(WithdrawalState.class);
        };
    }

    public boolean canMoveTo(WithdrawalState target) {
        return next().contains(target);
    }

    public boolean terminal() {
        return next().isEmpty();
    }

    /** Terminal states that hand the held funds back to the customer. */
    public boolean releasesHold() {
        return this == REJECTED || this == CANCELLED || this == FAILED;
    }
}
