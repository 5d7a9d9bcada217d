package io.usdtcustody.custody.approval;

import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;
import java.time.Clock;

/**
 * Wraps the withdrawal policy so that a decision to hold a withdrawal also fixes what the approvals must be: M
 * and the policy version are written to the approval store, once, before the withdrawal becomes
 * PENDING_APPROVAL. If the lifecycle evaluates the withdrawal again (a retry after a crash), the first stored
 * requirement stands and the returned decision carries it, so the message approvers sign never moves.
 *
 * <p>Why not let the approval service re-evaluate the policy? Because by then the policy may have a new version
 * and the usage windows have moved; the requirement must be the one decided at request time.
 */
public final class ApprovalRequirementPolicy implements WithdrawalPolicy {
    private final WithdrawalPolicy delegate;
    private final ApprovalStore approvals;
    private final Clock clock;

    public ApprovalRequirementPolicy(WithdrawalPolicy delegate, ApprovalStore approvals, Clock clock) {
        this.delegate = delegate;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public PolicyDecision evaluate(Withdrawal withdrawal) {
        PolicyDecision decision = delegate.evaluate(withdrawal);
        if (decision.outcome() != PolicyDecision.Outcome.REQUIRE_APPROVAL) {
            return decision;
        }
        ApprovalRequirement stored = approvals.requireOnce(new ApprovalRequirement(withdrawal.tenant(),
                withdrawal.id(), decision.requiredApprovals(), decision.policyVersion(), clock.instant()));
        return new PolicyDecision(decision.outcome(), decision.reasonCode(), decision.explanation(),
                stored.requiredApprovals(), stored.policyVersion());
    }
}
