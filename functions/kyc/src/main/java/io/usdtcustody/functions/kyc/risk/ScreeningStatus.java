package io.usdtcustody.functions.kyc.risk;

/** Where the customer's sanctions screening stands. */
public enum ScreeningStatus {
    CLEAR,
    /** A possible list match is open for review: no new business until an analyst clears it. */
    POTENTIAL_MATCH_UNDER_REVIEW,
    /** The customer is on a sanctions list: the relationship is prohibited. */
    CONFIRMED_MATCH
}
