package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.PolicyReasons;

/**
 * {@code sanctions}: refuses a withdrawal whose token recipient is on a sanctions list (OFAC SDN digital-currency
 * addresses, normalised per chain by the screen). The screened address is the ERC-20/TRC-20 {@code transfer}
 * recipient — the withdrawal's destination — not the transaction's {@code to}, which is the token contract.
 * The explanation stays generic so a response never tells which list matched.
 */
public record SanctionsRule(boolean enabled) implements PolicyRule {
    public static final String TYPE = "sanctions";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Verdict evaluate(RuleContext context) {
        return context.screenTokenRecipient().isPresent()
                ? Verdict.reject(PolicyReasons.SANCTIONED_ADDRESS, "the destination address cannot be used")
                : Verdict.pass();
    }
}
