package io.usdtcustody.custody.withdrawal;

import java.util.Objects;

/**
 * What the policy says about a withdrawal: approve it, hold it for {@code requiredApprovals} distinct
 * approvers, or reject it with a stable reason code. {@code policyVersion} names the policy document that
 * decided; approvals are signed over it, so a changed policy invalidates earlier approvals.
 */
public record PolicyDecision(Outcome outcome, String reasonCode, String explanation, int requiredApprovals,
                             String policyVersion) {
    /** The three things a policy can decide. */
    public enum Outcome { APPROVE, REQUIRE_APPROVAL, REJECT }

    public PolicyDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(policyVersion, "policyVersion");
        if (outcome == Outcome.REJECT && (reasonCode == null || reasonCode.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason code");
        }
        if (outcome == Outcome.REQUIRE_APPROVAL ? requiredApprovals < 1 : requiredApprovals != 0) {
            throw new IllegalArgumentException("only REQUIRE_APPROVAL asks for approvals, and then at least one");
        }
    }

    public static PolicyDecision approve(String policyVersion) {
        return new PolicyDecision(Outcome.APPROVE, null, "approved by policy", 0, policyVersion);
    }

    public static PolicyDecision requireApproval(int approvals, String explanation, String policyVersion) {
        return new PolicyDecision(Outcome.REQUIRE_APPROVAL, null, explanation, approvals, policyVersion);
    }

    public static PolicyDecision reject(String reasonCode, String explanation, String policyVersion) {
        return new PolicyDecision(Outcome.REJECT, reasonCode, explanation, 0, policyVersion);
    }
}
