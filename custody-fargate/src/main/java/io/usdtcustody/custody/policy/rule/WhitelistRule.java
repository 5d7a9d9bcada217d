package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.custody.policy.WhitelistEntry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code whitelist}: the destination must be on the customer's whitelist, and its entry at least
 * {@code coolingOff} old (an entry exactly that old counts). A new entry is refused with
 * {@code DESTINATION_COOLING_OFF} and the instant it becomes usable.
 */
public record WhitelistRule(boolean enabled, Duration coolingOff) implements PolicyRule {
    public static final String TYPE = "whitelist";

    public WhitelistRule {
        Objects.requireNonNull(coolingOff, "coolingOff");
        if (coolingOff.isNegative()) {
            throw new IllegalArgumentException("the cooling-off period must not be negative");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict evaluate(RuleContext context) {
        Optional<WhitelistEntry> entry = context.whitelistEntry();
        if (entry.isEmpty()) {
            return Verdict.reject(PolicyReasons.DESTINATION_NOT_WHITELISTED,
                    "the destination is not on the customer's withdrawal whitelist");
        }
        if (!entry.get().usableAt(context.now(), coolingOff)) {
            return Verdict.reject(PolicyReasons.DESTINATION_COOLING_OFF, "the destination was whitelisted less than "
                    + coolingOff + " ago; it can be used from " + entry.get().addedAt().plus(coolingOff));
        }
        return Verdict.pass();
    }
}
