package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.custody.withdrawal.Withdrawal;

/**
 * The Travel Rule check until the KYC function fills it: no originator/beneficiary data is on file for any
 * withdrawal, so every withdrawal at or above the policy's travel-rule threshold is held for review. That is
 * the conservative, compliant behaviour — not a stub that lets transfers through.
 */
public final class HoldingTravelRuleCheck implements TravelRuleCheck {
    @Override
    public boolean hasOriginatorAndBeneficiary(Withdrawal withdrawal) {
        return false;
    }
}
