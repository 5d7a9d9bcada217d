package io.usdtcustody.custody.withdrawal.port;

import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.Withdrawal;

/** Decides, before anything is signed, whether a withdrawal may proceed. The policy engine implements it. */
public interface WithdrawalPolicy {
    PolicyDecision evaluate(Withdrawal withdrawal);
}
