package io.usdtcustody.functions.kyc.risk;

/**
 * Whether the customer is a politically exposed person (FATF Recommendation 12), from screening against a PEP
 * list. Family members and close associates take the status of the PEP they are linked to.
 */
public enum PepStatus {
    NONE,
    /** A domestic PEP or one of an international organisation: enhanced measures where the risk is higher. */
    DOMESTIC,
    /** A foreign PEP: enhanced due diligence always (R.12 (a)). */
    FOREIGN
}
