package io.usdtcustody.model.errors;

import java.net.URI;
import java.util.Locale;

/**
 * Every error a caller of the platform can see: a stable machine-readable {@code code} that partners may
 * switch on, the HTTP status it is answered with, and a short title that does not change between
 * occurrences (RFC 9457). The {@code code} strings never change once published; add codes, do not rename.
 */
public enum ErrorCode {
    VALIDATION_FAILED("VALIDATION_FAILED", 400, "The request is not valid"),
    MALFORMED_JSON("MALFORMED_JSON", 400, "The request body is not well-formed JSON"),
    INVALID_ADDRESS("INVALID_ADDRESS", 400, "The address is not valid for the chain"),
    UNAUTHENTICATED("UNAUTHENTICATED", 401, "Authentication is required"),
    FORBIDDEN("FORBIDDEN", 403, "The caller may not perform this operation"),
    NOT_FOUND("NOT_FOUND", 404, "The resource does not exist"),
    METHOD_NOT_ALLOWED("METHOD_NOT_ALLOWED", 405, "The method is not allowed on this resource"),
    CONFLICT("CONFLICT", 409, "The request conflicts with the current state of the resource"),
    IDEMPOTENCY_KEY_REUSED("IDEMPOTENCY_KEY_REUSED", 409,
            "The idempotency key was already used with a different request"),
    IDEMPOTENCY_IN_PROGRESS("IDEMPOTENCY_IN_PROGRESS", 409,
            "A request with this idempotency key is still being processed"),
    /**
     * The customer has no {@code VERIFIED} KYC standing, so the platform takes no funds for it yet (no deposit
     * address). The detail names the standing that blocks it ({@code NONE}, {@code UNDER_REVIEW} or
     * {@code REJECTED}), never why.
     */
    KYC_NOT_VERIFIED("KYC_NOT_VERIFIED", 409, "The customer's KYC is not verified"),
    PAYLOAD_TOO_LARGE("PAYLOAD_TOO_LARGE", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("UNSUPPORTED_MEDIA_TYPE", 415, "The request body media type is not supported"),
    INSUFFICIENT_FUNDS("INSUFFICIENT_FUNDS", 422, "The available balance is not sufficient"),
    LIMIT_EXCEEDED("LIMIT_EXCEEDED", 422, "The request exceeds a limit"),
    /**
     * 422, not 403: the caller is authorised, the destination is what policy refuses. Details must stay
     * generic so that a response never tips off about a screening hit.
     */
    SANCTIONED_ADDRESS("SANCTIONED_ADDRESS", 422, "The destination address cannot be used"),
    RATE_LIMITED("RATE_LIMITED", 429, "Too many requests"),
    INTERNAL("INTERNAL", 500, "An internal error occurred"),
    /** The API gateway's function or service failed or answered with something that is not a response. */
    BAD_GATEWAY("BAD_GATEWAY", 502, "The upstream function or service failed"),
    UNAVAILABLE("UNAVAILABLE", 503, "The service is temporarily unavailable"),
    /** The API gateway's function or service did not answer within the integration timeout. */
    GATEWAY_TIMEOUT("GATEWAY_TIMEOUT", 504, "The upstream function or service did not answer in time");

    /** Problem type URIs are {@code TYPE_BASE + code in lower case with dashes}. */
    public static final String TYPE_BASE = "https://errors.usdtcustody.io/";

    private final String code;
    private final int httpStatus;
    private final String title;

    ErrorCode(String code, int httpStatus, String title) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.title = title;
    }

    /** The stable wire code, e.g. {@code INSUFFICIENT_FUNDS}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }

    /** The RFC 9457 problem type, e.g. {@code https://errors.usdtcustody.io/insufficient-funds}. */
    public URI type() {
        return URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Server-side failures (5xx) are the ones a client may retry unchanged, after a pause. */
    public boolean isServerError() {
        return httpStatus >= 500;
    }

    /**
     * Looks up a code by its wire string, for clients reading a problem.
     *
     * @throws IllegalArgumentException for a code this version does not know
     */
    public static ErrorCode fromCode(String code) {
        for (ErrorCode candidate : values()) {
            if (candidate.code.equals(code)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown error code");
    }
}
