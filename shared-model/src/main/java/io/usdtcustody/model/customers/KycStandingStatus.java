package io.usdtcustody.model.customers;

/**
 * Where a customer stands in KYC, as the KYC function writes it on the standing item
 * ({@link CustomerTable#STANDING_SK}) and other parts of the platform read it: only a {@code VERIFIED} customer
 * may do business (get a deposit address, trade, withdraw). A customer without a standing item has not been
 * verified yet.
 */
public enum KycStandingStatus {
    /** Verified: business within the standing's risk limits. */
    VERIFIED,
    /** A case is with an analyst (e.g. a possible sanctions match): no new business until it is decided. */
    UNDER_REVIEW,
    /** Verification failed: no business. */
    REJECTED,
    /**
     * The periodic review fell due (the KYC function's daily job): a PERIODIC_REVIEW case is open, and no new
     * business until it is decided.
     */
    EXPIRED
}
