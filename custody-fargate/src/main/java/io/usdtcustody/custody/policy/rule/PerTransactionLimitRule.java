package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.money.Amount;
import java.util.Objects;
import java.util.Optional;

/** {@code per-transaction-limit}: one withdrawal above the limit is refused; exactly the limit passes. */
public record PerTransactionLimitRule(boolean enabled, MoneyThresholds limits) implements PolicyRule {
    public static final String TYPE = "per-transaction-limit";

    public PerTransactionLimitRule {
        Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict evaluate(RuleContext context) {
        Amount amount = context.withdrawal().request().amount();
        Optional<Amount> limit = limits.forAsset(amount.asset());
        if (limit.isEmpty()) {
            return Verdict.notConfigured(TYPE, amount.asset());
        }
        return amount.isGreaterThan(limit.get())
                ? Verdict.reject(PolicyReasons.LIMIT_PER_TRANSACTION, "a single withdrawal may be at most "
                        + limit.get().toPlainString() + " " + amount.asset().code())
                : Verdict.pass();
    }
}
