package io.usdtcustody.functions.kyc.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a KYC case stands. {@code OPEN} collects documents; once the level's evidence is complete the case is
 * {@code SUBMITTED} to the vendor; the vendor's signed decision, the sanctions screen and the risk assessment
 * take it to {@code APPROVED}, {@code REJECTED} or {@code IN_REVIEW} (an analyst decides); an {@code OPEN} case
 * left unfinished past its expiry is {@code EXPIRED}. The last three are final.
 */
public enum CaseState {
    OPEN,
    SUBMITTED,
    IN_REVIEW,
    APPROVED,
    REJECTED,
    EXPIRED;

    private static final Set<CaseState> FINAL = EnumSet.of(APPROVED, REJECTED, EXPIRED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** The states a case may move to from this one. */
    public Set<CaseState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SUBMITTED, EXPIRED);
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED, REJECTED, EXPIRED -> EnumSet.noneOf(CaseState.class);
        };
    }

    public boolean canMoveTo(CaseState target) {
        return next().contains(target);
    }
}
