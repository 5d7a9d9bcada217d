package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.money.Amount;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code approval-threshold}: an amount strictly above the threshold waits for {@code approvals} distinct
 * approvers (M of the N registered). Several such rules may apply; the engine keeps the highest M.
 */
public record ApprovalThresholdRule(boolean enabled, MoneyThresholds above, int approvals) implements PolicyRule {
    public static final String TYPE = "approval-threshold";
    /** A bound on M: more approvers than this is a typo, not a policy. */
    public static final int MAX_APPROVALS = 10;

    public ApprovalThresholdRule {
        Objects.requireNonNull(above, "above");
        if (approvals < 1 || approvals > MAX_APPROVALS) {
            throw new IllegalArgumentException("approvals must be 1.." + MAX_APPROVALS);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict evaluate(RuleContext context) {
        Amount amount = context.withdrawal().request().amount();
        Optional<Amount> threshold = above.forAsset(amount.asset());
        if (threshold.isEmpty()) {
            return Verdict.notConfigured(TYPE, amount.asset());
        }
        return amount.isGreaterThan(threshold.get())
                ? Verdict.requireApprovals(approvals, PolicyReasons.APPROVAL_THRESHOLD, "withdrawals above "
                        + threshold.get().toPlainString() + " " + amount.asset().code() + " need " + approvals
                        + " approvals")
                : Verdict.pass();
    }
}
