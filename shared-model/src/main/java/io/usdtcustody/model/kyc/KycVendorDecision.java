package io.usdtcustody.model.kyc;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The body of a signed KYC webhook: the vendor's decision on one applicant. {@code eventId} is unique per event
 * (a redelivery repeats it, so the receiver applies each event once); {@code externalRef} is the platform's own
 * reference it gave the vendor when it created the applicant, returned untouched; {@code reasons} are the
 * vendor's codes (at most {@value #MAX_REASONS}). Read and written with the platform's {@code JsonCodec}:
 * <pre>{@code {"eventId":"evt-1","applicantId":"app-7","externalRef":"demo:alice:0197…","outcome":"APPROVED",
 *  "reasons":["MRZ_VALID"],"decidedAt":"2025-07-01T10:00:00Z"}}</pre>
 */
public record KycVendorDecision(String eventId, String applicantId, String externalRef, VendorOutcome outcome,
                                List<String> reasons, Instant decidedAt) {
    public static final int MAX_REASONS = 20;

    public KycVendorDecision {
        VendorIdentifiers.require(eventId, "eventId");
        VendorIdentifiers.require(applicantId, "applicantId");
        VendorIdentifiers.require(externalRef, "externalRef");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.size() > MAX_REASONS) {
            throw new IllegalArgumentException("at most " + MAX_REASONS + " reasons");
        }
        reasons.forEach(reason -> VendorIdentifiers.require(reason, "reasons[]"));
    }
}
