package io.usdtcustody.functions.onboarding.customer;

/**
 * Where a customer stands after onboarding's own checks. KYC (levels, documents, approval) is the KYC
 * function's, in its own items; this status only says whether sanctions screening let the customer through.
 */
public enum CustomerStatus {
    /** Onboarded, no sanctions match: KYC may proceed. */
    ACTIVE,
    /**
     * A sanctions screening match waits for a compliance analyst: the KYC function does not let the vendor approve
     * the customer, so no deposit address either until an analyst has decided.
     */
    REVIEW
}
