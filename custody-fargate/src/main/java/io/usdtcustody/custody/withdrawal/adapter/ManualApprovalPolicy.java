package io.usdtcustody.custody.withdrawal.adapter;

import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;

/**
 * The most conservative policy: every withdrawal waits for an explicit approval. It is what custody runs with
 * until a rule-based policy (limits, whitelists, sanctions, quorum) is configured — never an automatic yes.
 */
public final class ManualApprovalPolicy implements WithdrawalPolicy {
    /** The version name this built-in policy decides under. */
    public static final String VERSION = "manual-approval-v1";

    @Override
    public PolicyDecision evaluate(Withdrawal withdrawal) {
        return PolicyDecision.requireApproval(1, "every withdrawal requires an approval", VERSION);
    }
}
