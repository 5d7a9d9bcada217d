package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.KycCase;
import java.util.Objects;

/**
 * What a vendor webhook did: {@code APPLIED} decided the case; {@code DUPLICATE} was an event already applied
 * (a redelivery or a replay) and changed nothing; {@code IGNORED} came for a case no longer waiting for the
 * vendor and was only recorded. All three are answered 200, so the vendor stops redelivering.
 */
public record VendorEventResult(Status status, KycCase kycCase) {

    /** The three outcomes. */
    public enum Status {
        APPLIED,
        DUPLICATE,
        IGNORED
    }

    public VendorEventResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kycCase, "kycCase");
    }
}
