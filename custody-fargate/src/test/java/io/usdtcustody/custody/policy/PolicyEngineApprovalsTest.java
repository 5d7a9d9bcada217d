package io.usdtcustody.custody.policy;

import static io.usdtcustody.custody.policy.PolicyFixtures.CODEC;
import static io.usdtcustody.custody.policy.PolicyFixtures.policy;
import static io.usdtcustody.custody.policy.PolicyFixtures.rule;
import static io.usdtcustody.custody.policy.PolicyFixtures.usdt;
import static io.usdtcustody.custody.policy.PolicyFixtures.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.PolicyDecision.Outcome;
import org.junit.jupiter.api.Test;

/** Approval thresholds, the Travel Rule hold and how holds combine with other verdicts. */
class PolicyEngineApprovalsTest extends PolicyFixtures {
    private static final String TWO_ABOVE_10K = rule("approval-threshold", "{\"above\":" + usdt("10000") + ",\"approvals\":2}");
    private static final String THREE_ABOVE_100K = rule("approval-threshold", "{\"above\":" + usdt("100000") + ",\"approvals\":3}");
    private static final String TRAVEL_1000 = rule("travel-rule", "{\"atOrAbove\":" + usdt("1000") + ",\"approvals\":1}");

    @Test
    void evaluate_shouldApprove_whenTheAmountIsExactlyTheThreshold() {
        assertThat(engine(policy(TWO_ABOVE_10K)).evaluate(withdrawal("10000")).outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void evaluate_shouldRequireTwoApprovals_whenTheAmountIsAboveTheFirstThreshold() {
        PolicyDecision decision = engine(policy(TWO_ABOVE_10K, THREE_ABOVE_100K)).evaluate(withdrawal("10000.000001"));

        assertThat(decision.outcome()).isEqualTo(Outcome.REQUIRE_APPROVAL);
        assertThat(decision.requiredApprovals()).isEqualTo(2);
        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.APPROVAL_THRESHOLD);
        assertThat(decision.policyVersion()).isEqualTo("2026-11-25.1");
    }

    @Test
    void evaluate_shouldKeepTheHighestM_whenSeveralRulesAskForApprovals() {
        PolicyDecision decision = engine(policy(THREE_ABOVE_100K, TWO_ABOVE_10K, TRAVEL_1000))
                .evaluate(withdrawal("150000"));

        assertThat(decision.requiredApprovals()).isEqualTo(3);
        assertThat(decision.explanation()).contains("need 3 approvals").contains("need 2 approvals")
                .contains("Travel Rule");
        assertThat(audit.ofType("policy.decision").get(0).details()).containsEntry("ruleIndex", "1")
                .containsEntry("requiredApprovals", "3");
    }

    @Test
    void evaluate_shouldStillReject_whenALaterRuleRefusesAHeldWithdrawal() {
        PolicyDecision decision = engine(policy(TWO_ABOVE_10K,
                rule("per-transaction-limit", "{\"limits\":" + usdt("20000") + "}"))).evaluate(withdrawal("25000"));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.LIMIT_PER_TRANSACTION);
    }

    @Test
    void evaluate_shouldHoldWithTravelRuleDataRequired_whenTheAmountIsAtTheThresholdAndNoDataIsOnFile() {
        PolicyDecision decision = engine(policy(TRAVEL_1000)).evaluate(withdrawal("1000"));

        assertThat(decision.outcome()).isEqualTo(Outcome.REQUIRE_APPROVAL);
        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
        assertThat(decision.requiredApprovals()).isEqualTo(1);
    }

    @Test
    void evaluate_shouldNotHoldForTheTravelRule_whenBelowTheThresholdOrWhenTheDataIsOnFile() {
        assertThat(engine(policy(TRAVEL_1000)).evaluate(withdrawal("999.999999")).outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(engine(policy(TRAVEL_1000)).evaluate(withdrawalWithTravelRule("5000", travelRulePayload()))
                .outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void evaluate_shouldHoldWithCounterpartyUnknown_whenTheBeneficiaryVaspIsNotIdentified() {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) CODEC.readTree(travelRulePayload().getBytes());
        tree.remove("beneficiaryVASP");
        String selfHosted = new String(CODEC.write(tree));

        PolicyDecision decision = engine(policy(TRAVEL_1000)).evaluate(withdrawalWithTravelRule("5000", selfHosted));

        assertThat(selfHosted).doesNotContain("beneficiaryVASP");
        assertThat(decision.outcome()).isEqualTo(Outcome.REQUIRE_APPROVAL);
        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_COUNTERPARTY_UNKNOWN);
    }

    @Test
    void evaluate_shouldHoldWithDataRequired_whenTheBeneficiaryAccountIsNotTheDestination() {
        String elsewhere = travelRulePayload().replace(TRAVEL_RULE_BENEFICIARY, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");

        PolicyDecision decision = engine(policy(TRAVEL_1000)).evaluate(withdrawalWithTravelRule("5000", elsewhere));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
    }

    @Test
    void evaluate_shouldFollowTheDefaultPolicy_whenAMidSizedWithdrawalArrives() {
        PolicyEngine engine = engine(PolicyDocument.loadDefault(CODEC));

        assertThat(engine.evaluate(withdrawal("500")).outcome()).isEqualTo(Outcome.APPROVE);
        PolicyDecision held = engine.evaluate(withdrawal("50000"));
        assertThat(held.requiredApprovals()).isEqualTo(2);
        assertThat(held.reasonCode()).isEqualTo(PolicyReasons.APPROVAL_THRESHOLD);
        assertThat(engine.evaluate(withdrawal("100000.000001")).reasonCode())
                .isEqualTo(PolicyReasons.LIMIT_PER_TRANSACTION);
    }
}
