package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.money.Amount;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code rolling-limit}: what the customer (or the whole tenant) withdrew in the rolling window
 * {@code (now - window, now]}, plus this withdrawal, may not exceed the limit. A withdrawal exactly one window
 * old has dropped out. Usage counts the asset code over every chain (see {@code UsageTotals}).
 */
public record RollingLimitRule(boolean enabled, Scope scope, Duration window, MoneyThresholds limits)
        implements PolicyRule {
    public static final String TYPE = "rolling-limit";

    /** Whose withdrawals add up. */
    public enum Scope { CUSTOMER, TENANT }

    public RollingLimitRule {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(limits, "limits");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rolling window is positive");
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
        Amount amount = context.withdrawal().request().amount();
        Optional<Amount> limit = limits.forAsset(amount.asset());
        if (limit.isEmpty()) {
            return Verdict.notConfigured(TYPE, amount.asset());
        }
        Amount total = context.usage(scope == Scope.TENANT, window).totalIn(amount.asset()).add(amount);
        if (!total.isGreaterThan(limit.get())) {
            return Verdict.pass();
        }
        String who = scope == Scope.TENANT ? "the tenant's" : "the customer's";
        return Verdict.reject(scope == Scope.TENANT ? PolicyReasons.LIMIT_DAILY_TENANT : PolicyReasons.LIMIT_DAILY_CUSTOMER,
                "this withdrawal would take " + who + " withdrawals over " + window + " above "
                        + limit.get().toPlainString() + " " + amount.asset().code());
    }
}
