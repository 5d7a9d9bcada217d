package io.usdtcustody.functions.kyc.vendor;

import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;

/**
 * The identity-verification vendor, as the KYC function uses it: create an applicant for a case (its vendor
 * reference), hand over each document, ask for a review. The vendor's decision comes back later as a signed
 * webhook ({@link VendorWebhook}). Failures are {@link VendorUnavailableException}.
 */
public interface KycVendor {

    /** The vendor's name as it appears in the webhook path {@code /v1/kyc/webhooks/{vendor}}. */
    String name();

    /** Creates an applicant for the case with this external reference; returns the vendor's applicant id. */
    String createApplicant(String externalRef, KycLevel level);

    /** Uploads one document (idempotent on its document id); returns the vendor's id for it. */
    String uploadDocument(String applicantId, DocumentUpload document);

    /** Asks the vendor to review the applicant's documents; the decision follows by webhook. */
    void requestReview(String applicantId);
}
