package io.usdtcustody.custody.policy.rule;

/**
 * One rule of a policy document: data (its parameters) plus how it judges a withdrawal. Rules look only at
 * the {@link RuleContext}; they never write. The engine runs them in document order.
 */
public sealed interface PolicyRule permits SanctionsRule, WhitelistRule, PerTransactionLimitRule, RollingLimitRule,
        VelocityRule, ApprovalThresholdRule, TravelRule {

    /** The type name as written in the document, e.g. {@code rolling-limit}. */
    String type();

    /** A disabled rule stays in the document (and its index) but is not evaluated. */
    boolean enabled();

    Verdict evaluate(RuleContext context);

    /** Rules whose verdict depends on recorded usage; the engine re-checks them after recording. */
    default boolean dependsOnUsage() {
        return false;
    }
}
