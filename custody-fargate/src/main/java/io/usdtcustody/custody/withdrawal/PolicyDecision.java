package io.usdtcustody.custody.withdrawal;

import java.util.Objects;

/** What the policy says about a withdrawal: approve it, hold it for approvals, or reject it with a reason code. */
public record PolicyDecision(Outcome outcome, String reasonCode, String explanation) {
    /** The three things a policy can decide. */
    public enum Outcome { APPROVE, REQUIRE_APPROVAL, REJECT }

    public PolicyDecision {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.REJECT && (reasonCode == null || reasonCode.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason code");
        }
    }

    public static PolicyDecision approve() {
        return new PolicyDecision(Outcome.APPROVE, null, "approved by policy");
    }

    public static PolicyDecision requireApproval(String explanation) {
        return new PolicyDecision(Outcome.REQUIRE_APPROVAL, null, explanation);
    }

    public static PolicyDecision reject(String reasonCode, String explanation) {
        return new PolicyDecision(Outcome.REJECT, reasonCode, explanation);
    }
}
