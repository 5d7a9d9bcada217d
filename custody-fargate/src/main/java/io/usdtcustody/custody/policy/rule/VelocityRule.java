package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;
import java.time.Duration;

/**
 * {@code velocity}: at most {@code maxCount} withdrawals per customer in the rolling window, this one included;
 * many small withdrawals in a burst are a classic sign of a taken-over account.
 */
public record VelocityRule(boolean enabled, Duration window, int maxCount) implements PolicyRule {
    public static final String TYPE = "velocity";

    public VelocityRule {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a velocity window is positive");
        }
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount is at least 1");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean dependsOnUsage() {
        return true;
    }

    @Override
    public Verdict evaluate(RuleContext context) {
        int count = context.usage(false, window).count() + 1;
        return count > maxCount
                ? Verdict.reject(PolicyReasons.VELOCITY, "at most " + maxCount + " withdrawals are allowed per " + window)
                : Verdict.pass();
    }
}
