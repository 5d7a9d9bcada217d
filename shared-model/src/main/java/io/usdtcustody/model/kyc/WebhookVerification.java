package io.usdtcustody.model.kyc;

/**
 * The outcome of checking a signed KYC webhook. Only {@link #VALID} lets the request change anything; every
 * other outcome is answered 401 with {@link #reason()}, which describes the failure without quoting the request.
 */
public enum WebhookVerification {
    VALID("the signature is valid"),
    MISSING_HEADERS("the timestamp or signature header is missing"),
    MALFORMED_TIMESTAMP("the timestamp header is not a number of seconds"),
    TIMESTAMP_OUT_OF_TOLERANCE("the timestamp is too far from the current time"),
    MALFORMED_SIGNATURE("the signature header has no signature of a known scheme"),
    SIGNATURE_MISMATCH("no signature matches the body");

    private final String reason;

    WebhookVerification(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public boolean valid() {
        return this == VALID;
    }
}
