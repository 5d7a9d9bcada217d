package io.usdtcustody.functions.kyc.cases;

import java.util.EnumSet;
import java.util.Set;

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
    ANALYST_DECISION,
    /** Analyst approval: the possible sanctions match is not the customer. */
    FALSE_POSITIVE_MATCH,
    /** Analyst approval: the risk that sent the case to review is understood and accepted. */
    RISK_ACCEPTED,
    /** Analyst rejection: the customer is the listed person or entity. */
    CONFIRMED_MATCH,
    /** Analyst rejection: the risk is beyond what the platform accepts. */
    RISK_NOT_ACCEPTED,
    /** Analyst rejection: the evidence does not establish who the customer is. */
    INSUFFICIENT_EVIDENCE;

    /** The reasons an analyst may give for deciding a review {@code outcome} (APPROVED or REJECTED). */
    public static Set<ReasonCode> analystReasons(CaseState outcome) {
        return switch (outcome) {
            case APPROVED -> EnumSet.of(FALSE_POSITIVE_MATCH, RISK_ACCEPTED);
            case REJECTED -> EnumSet.of(CONFIRMED_MATCH, RISK_NOT_ACCEPTED, INSUFFICIENT_EVIDENCE);
            default -> EnumSet.noneOf(ReasonCode.class);
        };
    }
}
