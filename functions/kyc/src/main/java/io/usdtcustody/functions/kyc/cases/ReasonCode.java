package io.usdtcustody.functions.kyc.cases;

/**
 * Why a case was decided, or sent to review, as stable codes stored with the decision (never renamed: reports
 * and audits read them). Vendor codes are kept beside them verbatim.
 */
public enum ReasonCode {
    /** The vendor verified the documents. */
    VENDOR_APPROVED,
    /** The vendor refused the documents; its own codes say why. */
    VENDOR_REJECTED,
    /** The name (and date of birth) scored at or above the screening threshold against a sanctions list entry. */
    SANCTIONS_POTENTIAL_MATCH,
    /**
     * Onboarding's screen of the customer's legal name matched a sanctions list entry (the customer is in
     * REVIEW there): the vendor cannot approve such a customer, an analyst decides with onboarding's hits.
     */
    ONBOARDING_SCREENING_MATCH,
    /** A sanctions list update produced a hit the customer did not have before. */
    SANCTIONS_LIST_UPDATE,
    /** Residence or nationality in a jurisdiction the platform does not serve. */
    PROHIBITED_JURISDICTION,
    /** The risk tier needs enhanced due diligence, and the case's level does not provide it. */
    ENHANCED_DUE_DILIGENCE_REQUIRED,
    /** The identity document's nationality is not a country (e.g. a stateless person's document). */
    NATIONALITY_UNRESOLVED,
    /** The identity document had expired by the time of the decision. */
    IDENTITY_DOCUMENT_EXPIRED,
    /** An analyst decided the review. */
    ANALYST_DECISION
}
