package io.usdtcustody.custody.policy.port;

import io.usdtcustody.custody.withdrawal.Withdrawal;

/**
 * Whether the Travel Rule data for a withdrawal (originator and beneficiary information, FATF R.16 / EU TFR)
 * has been collected. The KYC function owns that data; custody only asks.
 */
public interface TravelRuleCheck {
    boolean hasOriginatorAndBeneficiary(Withdrawal withdrawal);
}
