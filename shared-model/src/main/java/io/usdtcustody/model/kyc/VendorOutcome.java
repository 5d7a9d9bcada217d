package io.usdtcustody.model.kyc;

/** What a KYC vendor concluded about an applicant's documents. */
public enum VendorOutcome {
    APPROVED,
    REJECTED
}
