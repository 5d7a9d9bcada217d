package io.usdtcustody.model.travelrule;

/** How much originator and beneficiary data a transfer must carry under the rule in force. */
public enum DataRequirement {
    /** No Travel Rule data is required (below a jurisdiction's threshold that asks for nothing below it). */
    NONE,
    /**
     * Names and account numbers of originator and beneficiary (FATF INR.15 para 7(b) below the de minimis
     * threshold; MAS PSN02 and the UK MLR below theirs).
     */
    NAMES_AND_ACCOUNTS,
    /** The full data set of the jurisdiction's {@link DataProfile}. */
    FULL
}
