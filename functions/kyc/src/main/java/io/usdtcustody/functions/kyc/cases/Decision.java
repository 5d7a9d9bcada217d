package io.usdtcustody.functions.kyc.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The decision record of a case: the state it decided ({@code APPROVED}, {@code REJECTED}, or {@code IN_REVIEW}
 * when it was handed to an analyst), the platform's reason codes, the vendor's own codes verbatim, who decided
 * ({@code vendor:<name>}, {@code platform}, {@code analyst:<id>}) and when.
 */
public record Decision(CaseState outcome, List<ReasonCode> reasons, List<String> vendorReasons, String decidedBy,
                       Instant decidedAt) {
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome != CaseState.APPROVED && outcome != CaseState.REJECTED && outcome != CaseState.IN_REVIEW) {
            throw new IllegalArgumentException("a decision approves, rejects or sends to review");
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision has at least one reason");
        }
        vendorReasons = List.copyOf(Objects.requireNonNull(vendorReasons, "vendorReasons"));
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
