package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.policy.rule.Verdict;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import java.util.List;
import java.util.Objects;

/**
 * A decision with its provenance: which rule decided ({@code ruleIndex} into the document's rules, -1 when
 * none objected) and every enabled rule's verdict up to where evaluation stopped — what a dry run shows.
 */
public record PolicyEvaluation(PolicyDecision decision, int ruleIndex, String ruleType, List<RuleResult> trace) {
    /** One rule's verdict during an evaluation. */
    public record RuleResult(int index, String type, Verdict verdict) {
    }

    public PolicyEvaluation {
        Objects.requireNonNull(decision, "decision");
        trace = List.copyOf(trace);
    }
}
