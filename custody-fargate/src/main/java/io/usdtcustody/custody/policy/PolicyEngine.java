package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.custody.policy.rule.PolicyRule;
import io.usdtcustody.custody.policy.rule.RuleContext;
import io.usdtcustody.custody.policy.rule.Verdict;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rule-based withdrawal policy. Rules run in document order: the first REJECT ends evaluation; a
 * REQUIRE_APPROVAL is noted and evaluation goes on (the highest M wins, so a later refusal still refuses);
 * APPROVE only when no enabled rule objected. Every decision is written to the audit log.
 *
 * <p><b>Usage.</b> The engine records usage for the withdrawals it lets through (APPROVE and REQUIRE_APPROVAL:
 * a held withdrawal still draws on the limits, so holding many cannot bypass them). Recording is idempotent by
 * withdrawal id, so the lifecycle may evaluate the same withdrawal again after a crash. To keep two concurrent
 * withdrawals from both squeezing under a limit, recording is <em>reserve, then verify</em>: after recording,
 * the usage rules run again on fresh, strongly consistent sums; if a concurrent withdrawal now takes the total
 * over, this one's usage is released and it is refused. Of two racing withdrawals at least the later check sees
 * both, so a limit is never overshot (at worst both are refused).
 *
 * <p>A {@link #dryRun} evaluates the same rules but records nothing and writes no audit entry.
 */
public final class PolicyEngine implements WithdrawalPolicy {
    public static final String AUDIT_TYPE = "policy.decision";
    private static final UUID DRY_RUN_ID = new UUID(0L, 0L);

    private final PolicyDocument document;
    private final SanctionsScreen sanctions;
    private final WhitelistStore whitelist;
    private final WithdrawalUsageStore usage;
    private final TravelRuleCheck travelRule;
    private final AuditLog audit;
    private final Clock clock;

    public PolicyEngine(PolicyDocument document, SanctionsScreen sanctions, WhitelistStore whitelist,
                        WithdrawalUsageStore usage, TravelRuleCheck travelRule, AuditLog audit, Clock clock) {
        this.document = document;
        this.sanctions = sanctions;
        this.whitelist = whitelist;
        this.usage = usage;
        this.travelRule = travelRule;
        this.audit = audit;
        this.clock = clock;
    }

    public PolicyDocument document() {
        return document;
    }

    @Override
    public PolicyDecision evaluate(Withdrawal withdrawal) {
        Instant now = clock.instant();
        PolicyEvaluation result = run(context(withdrawal, now), rule -> true);
        if (result.decision().outcome() != PolicyDecision.Outcome.REJECT && document.tracksUsage()) {
            usage.record(UsageRecord.of(withdrawal));
            PolicyEvaluation recheck = run(context(withdrawal, now), PolicyRule::dependsOnUsage);
            if (recheck.decision().outcome() == PolicyDecision.Outcome.REJECT) {
                usage.release(withdrawal.tenant(), withdrawal.id());
                result = recheck;
            }
        }
        audit.append(new AuditRecord(AUDIT_TYPE, withdrawal.tenant().value(), withdrawal.id().toString(),
                auditDetails(result)));
        return result.decision();
    }

    /** What the policy would decide for this request now; changes nothing. */
    public PolicyEvaluation dryRun(TenantId tenant, WithdrawalRequest request) {
        Instant now = clock.instant();
        return run(context(Withdrawal.requested(DRY_RUN_ID, tenant, request, now), now), rule -> true);
    }

    private RuleContext context(Withdrawal withdrawal, Instant now) {
        return new RuleContext(withdrawal, now, sanctions, whitelist, usage, travelRule);
    }

    private PolicyEvaluation run(RuleContext context, Predicate<PolicyRule> which) {
        List<PolicyEvaluation.RuleResult> trace = new ArrayList<>();
        List<String> holds = new ArrayList<>();
        int holdIndex = -1;
        Verdict hold = null;
        List<PolicyRule> rules = document.rules();
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            if (!rule.enabled() || !which.test(rule)) {
                continue;
            }
            Verdict verdict = rule.evaluate(context);
            trace.add(new PolicyEvaluation.RuleResult(i, rule.type(), verdict));
            if (verdict.kind() == Verdict.Kind.REJECT) {
                return new PolicyEvaluation(PolicyDecision.reject(verdict.reasonCode(), verdict.explanation(),
                        document.version()), i, rule.type(), trace);
            }
            if (verdict.kind() == Verdict.Kind.REQUIRE_APPROVAL) {
                holds.add(verdict.explanation());
                if (hold == null || verdict.approvals() > hold.approvals()) {
                    hold = verdict;
                    holdIndex = i;
                }
            }
        }
        if (hold == null) {
            return new PolicyEvaluation(PolicyDecision.approve(document.version()), -1, null, trace);
        }
        PolicyDecision decision = new PolicyDecision(PolicyDecision.Outcome.REQUIRE_APPROVAL, hold.reasonCode(),
                String.join("; ", holds), hold.approvals(), document.version());
        return new PolicyEvaluation(decision, holdIndex, rules.get(holdIndex).type(), trace);
    }

    private static Map<String, String> auditDetails(PolicyEvaluation result) {
        PolicyDecision d = result.decision();
        return Map.of("outcome", d.outcome().name(),
                "reason", d.reasonCode() == null ? "NONE" : d.reasonCode(),
                "policyVersion", d.policyVersion(),
                "ruleIndex", Integer.toString(result.ruleIndex()),
                "ruleType", result.ruleType() == null ? "NONE" : result.ruleType(),
                "requiredApprovals", Integer.toString(d.requiredApprovals()));
    }
}
