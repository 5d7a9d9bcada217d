package io.usdtcustody.custody.policy;

import static io.usdtcustody.custody.policy.PolicyFixtures.CLEAN;
import static io.usdtcustody.custody.policy.PolicyFixtures.NOW;
import static io.usdtcustody.custody.policy.PolicyFixtures.SANCTIONED;
import static io.usdtcustody.custody.policy.PolicyFixtures.TENANT;
import static io.usdtcustody.custody.policy.PolicyFixtures.policy;
import static io.usdtcustody.custody.policy.PolicyFixtures.rule;
import static io.usdtcustody.custody.policy.PolicyFixtures.usdt;
import static io.usdtcustody.custody.policy.PolicyFixtures.usdtEth;
import static io.usdtcustody.custody.policy.PolicyFixtures.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.PolicyDecision.Outcome;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sanctions, whitelist, per-transaction limit and ordering, with a fixed clock and in-memory stores. */
class PolicyEngineRulesTest extends PolicyFixtures {
    private static final String WHITELIST = rule("whitelist", "{\"coolingOff\":\"PT24H\"}");
    private static final String PER_TX_100 = rule("per-transaction-limit", "{\"limits\":" + usdt("100") + "}");

    @Test
    void evaluate_shouldRejectWithSanctionedAddress_whenTheTokenRecipientIsListed() {
        Withdrawal w = withdrawal("alice", usdtEth("10"), SANCTIONED);

        PolicyDecision decision = engine(policy()).evaluate(w);

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.SANCTIONED_ADDRESS);
        assertThat(decision.explanation()).doesNotContain("sanctioned_addresses");
        AuditRecord audited = audit.ofType("policy.decision").get(0);
        assertThat(audited.subject()).isEqualTo(w.id().toString());
        assertThat(audited.details()).containsEntry("outcome", "REJECT").containsEntry("reason", "SANCTIONED_ADDRESS")
                .containsEntry("policyVersion", "2026-11-25.1").containsEntry("ruleIndex", "0")
                .containsEntry("ruleType", "sanctions");
    }

    @Test
    void evaluate_shouldRejectWithSanctionedAddress_whenTheDestinationIsWrittenInAnotherCase() {
        PolicyDecision decision = engine(policy()).evaluate(withdrawal("alice", usdtEth("10"), SANCTIONED.toLowerCase()));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.SANCTIONED_ADDRESS);
    }

    @Test
    void evaluate_shouldReportSanctionsFirst_whenLaterRulesWouldAlsoRefuse() {
        PolicyDecision decision = engine(policy(WHITELIST, PER_TX_100))
                .evaluate(withdrawal("alice", usdtEth("1000"), SANCTIONED));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.SANCTIONED_ADDRESS);
        assertThat(usage.totals(TENANT, Optional.empty(), NOW.minusSeconds(60), null).count()).isZero();
    }

    @Test
    void evaluate_shouldApprove_whenNoRuleObjects() {
        PolicyDecision decision = engine(policy(PER_TX_100)).evaluate(withdrawal("10"));

        assertThat(decision).isEqualTo(PolicyDecision.approve("2026-11-25.1"));
        assertThat(audit.ofType("policy.decision").get(0).details()).containsEntry("outcome", "APPROVE")
                .containsEntry("ruleIndex", "-1").containsEntry("reason", "NONE");
    }

    @Test
    void evaluate_shouldRejectNotWhitelisted_whenTheCustomerNeverAddedTheDestination() {
        PolicyDecision decision = engine(policy(WHITELIST)).evaluate(withdrawal("10"));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.DESTINATION_NOT_WHITELISTED);
    }

    @Test
    void evaluate_shouldRejectCoolingOff_whenTheEntryIsOneNanosecondTooYoung() {
        whitelist.add(new WhitelistEntry(TENANT, "alice", Chain.ETHEREUM, CLEAN, "cold wallet",
                NOW.minus(Duration.ofHours(24)).plusNanos(1)), "k1");

        PolicyDecision decision = engine(policy(WHITELIST)).evaluate(withdrawal("10"));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.DESTINATION_COOLING_OFF);
        assertThat(decision.explanation()).contains("2026-11-25T10:00:00.000000001Z");
    }

    @Test
    void evaluate_shouldPass_whenTheEntryIsExactlyAsOldAsTheCoolingOff() {
        whitelist.add(new WhitelistEntry(TENANT, "alice", Chain.ETHEREUM, CLEAN, "", NOW.minus(Duration.ofHours(24))), "k1");

        assertThat(engine(policy(WHITELIST)).evaluate(withdrawal("10")).outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void evaluate_shouldNotUseAnotherCustomersEntry_whenCheckingTheWhitelist() {
        whitelist.add(new WhitelistEntry(TENANT, "bob", Chain.ETHEREUM, CLEAN, "", NOW.minus(Duration.ofDays(9))), "k1");

        assertThat(engine(policy(WHITELIST)).evaluate(withdrawal("10")).reasonCode())
                .isEqualTo(PolicyReasons.DESTINATION_NOT_WHITELISTED);
    }

    @Test
    void evaluate_shouldPassExactlyTheLimit_andRejectOneMinorUnitMore() {
        PolicyEngine engine = engine(policy(PER_TX_100));

        assertThat(engine.evaluate(withdrawal("100")).outcome()).isEqualTo(Outcome.APPROVE);
        PolicyDecision over = engine.evaluate(withdrawal("100.000001"));
        assertThat(over.reasonCode()).isEqualTo(PolicyReasons.LIMIT_PER_TRANSACTION);
        assertThat(over.explanation()).contains("at most 100 USDT");
    }

    @Test
    void evaluate_shouldRejectAsNotConfigured_whenTheRuleNamesNoAmountForTheChain() {
        PolicyEngine engine = engine(policy(rule("per-transaction-limit",
                "{\"limits\":[{\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"100\"}]}")));

        PolicyDecision decision = engine.evaluate(withdrawal("alice", Amount.parse("1", Asset.USDT_TRON),
                "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.POLICY_NOT_CONFIGURED);
    }

    @Test
    void evaluate_shouldSkipARule_whenItIsDisabled() {
        PolicyEngine engine = engine(policy("{\"type\":\"whitelist\",\"enabled\":false,\"parameters\":{\"coolingOff\":\"PT24H\"}}"));

        assertThat(engine.evaluate(withdrawal("10")).outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void dryRun_shouldDecideLikeEvaluate_butRecordAndAuditNothing() {
        PolicyEngine engine = engine(policy(PER_TX_100, rule("velocity", "{\"window\":\"PT1H\",\"maxCount\":5}")));
        Withdrawal w = withdrawal("150");

        PolicyEvaluation dry = engine.dryRun(TENANT, w.request());

        assertThat(dry.decision().reasonCode()).isEqualTo(PolicyReasons.LIMIT_PER_TRANSACTION);
        assertThat(dry.ruleIndex()).isEqualTo(1);
        assertThat(dry.trace()).extracting(PolicyEvaluation.RuleResult::type)
                .containsExactly("sanctions", "per-transaction-limit");
        assertThat(engine.dryRun(TENANT, withdrawal("10").request()).decision().outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(audit.records()).isEmpty();
        assertThat(usage.totals(TENANT, Optional.empty(), NOW.minusSeconds(60), null).count()).isZero();
    }
}
