package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.model.money.Amount;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code travel-rule}: at or above the threshold, the originator and beneficiary data must be attached and
 * complete for the jurisdiction, and the beneficiary's VASP identified; otherwise the withdrawal is held
 * (REQUIRE_APPROVAL with {@code TRAVEL_RULE_DATA_REQUIRED} or {@code TRAVEL_RULE_COUNTERPARTY_UNKNOWN}) for a
 * compliance officer, never silently let through. FATF R.16 sets USD/EUR 1,000; the EU TFR has no threshold
 * (set 0 to cover all).
 */
public record TravelRule(boolean enabled, MoneyThresholds atOrAbove, int approvals) implements PolicyRule {
    public static final String TYPE = "travel-rule";

    public TravelRule {
        Objects.requireNonNull(atOrAbove, "atOrAbove");
        if (approvals < 1 || approvals > ApprovalThresholdRule.MAX_APPROVALS) {
            throw new IllegalArgumentException("approvals must be 1.." + ApprovalThresholdRule.MAX_APPROVALS);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict evaluate(RuleContext context) {
        Amount amount = context.withdrawal().request().amount();
        Optional<Amount> threshold = atOrAbove.forAsset(amount.asset());
        if (threshold.isEmpty()) {
            return Verdict.notConfigured(TYPE, amount.asset());
        }
        if (amount.isLessThan(threshold.get())) {
            return Verdict.pass();
        }
        TravelRuleCheck.Status status = context.travelRule();
        if (status.satisfied()) {
            return Verdict.pass();
        }
        return Verdict.requireApprovals(approvals, status.reasonCode(), "from " + threshold.get().toPlainString()
                + " " + amount.asset().code() + ": " + status.detail());
    }
}
