package io.usdtcustody.functions.kyc.cases;

/**
 * Why a case exists: the customer's first verification, the periodic review its risk tier schedules, or a
 * sanctions review opened because a list update produced a new hit on an already verified customer.
 */
public enum CasePurpose {
    ONBOARDING,
    PERIODIC_REVIEW,
    SANCTIONS_REVIEW
}
