package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.money.Asset;
import java.util.Objects;

/**
 * What one rule says about a withdrawal: nothing to object ({@link Kind#PASS}), hold it for {@code approvals}
 * approvers, or refuse it. Objections carry a stable reason code and an explanation safe to show the caller.
 */
public record Verdict(Kind kind, String reasonCode, String explanation, int approvals) {
    /** PASS lets the next rule speak; the engine combines the rest. */
    public enum Kind { PASS, REQUIRE_APPROVAL, REJECT }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.PASS && (reasonCode == null || explanation == null)) {
            throw new IllegalArgumentException("an objection needs a reason code and an explanation");
        }
        if (kind == Kind.REQUIRE_APPROVAL ? approvals < 1 : approvals != 0) {
            throw new IllegalArgumentException("only REQUIRE_APPROVAL asks for approvals, and then at least one");
        }
    }

    public static Verdict pass() {
        return new Verdict(Kind.PASS, null, null, 0);
    }

    public static Verdict reject(String reasonCode, String explanation) {
        return new Verdict(Kind.REJECT, reasonCode, explanation, 0);
    }

    /** The rule names no amount for the withdrawal's asset: refused rather than guessed. */
    public static Verdict notConfigured(String ruleType, Asset asset) {
        return reject(PolicyReasons.POLICY_NOT_CONFIGURED, "the policy's " + ruleType + " rule sets no amount for " + asset);
    }

    public static Verdict requireApprovals(int approvals, String reasonCode, String explanation) {
        return new Verdict(Kind.REQUIRE_APPROVAL, reasonCode, explanation, approvals);
    }
}
