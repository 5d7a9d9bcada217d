package io.usdtcustody.custody.policy.api;

import io.usdtcustody.custody.policy.PolicyEvaluation;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import java.util.List;

/**
 * A dry-run answer: the decision as the withdrawal would get it, the rule that decided ({@code ruleIndex} -1
 * when none objected) and each evaluated rule's verdict.
 */
public record DecisionView(String outcome, String reasonCode, String explanation, int requiredApprovals,
                           String policyVersion, int ruleIndex, String ruleType, List<RuleView> rules) {

    /** One rule's verdict: PASS, REQUIRE_APPROVAL or REJECT with its reason code. */
    public record RuleView(int index, String type, String verdict, String reasonCode) {
    }

    public static DecisionView of(PolicyEvaluation evaluation) {
        PolicyDecision d = evaluation.decision();
        return new DecisionView(d.outcome().name(), d.reasonCode(), d.explanation(), d.requiredApprovals(),
                d.policyVersion(), evaluation.ruleIndex(), evaluation.ruleType(), evaluation.trace().stream()
                .map(r -> new RuleView(r.index(), r.type(), r.verdict().kind().name(), r.verdict().reasonCode()))
                .toList());
    }
}
