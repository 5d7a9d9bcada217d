package io.usdtcustody.functions.common.idempotency;

import java.util.Map;
import java.util.Objects;

/**
 * The response a completed write answered with, kept so that a retry gets exactly the same answer: status,
 * the headers that describe the result (content type, location) and the body. Only successful (2xx)
 * responses are stored; a failed request releases its key so the client may try again.
 */
public record StoredResponse(int statusCode, Map<String, String> headers, String body) {
    /** Keeps the record under DynamoDB's 400 KB item limit even at 4 UTF-8 bytes per character. */
    public static final int MAX_BODY_CHARS = 90_000;

    public StoredResponse {
        if (statusCode < 200 || statusCode > 299) {
            throw new IllegalArgumentException("only successful responses are stored, not " + statusCode);
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
        if (body.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("a stored response body is at most " + MAX_BODY_CHARS + " characters");
        }
    }
}
