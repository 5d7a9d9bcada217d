package io.usdtcustody.model.json;

/**
 * Bytes could not be decoded into the expected JSON shape. The message is safe to log and to return to a
 * caller: it names at most the JSON path of the problem, never a value from the input, and carries no cause
 * (Jackson's own messages can quote input).
 */
public final class JsonDecodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why decoding failed, so that an API can answer with the right error code. */
    public enum Kind {
        /** Not well-formed JSON: a syntax error, truncated input, trailing content, or empty input. */
        MALFORMED_JSON,
        /** Well-formed JSON with the wrong content: a missing, unknown, null or invalid field. */
        INVALID_CONTENT
    }

    private final Kind kind;

    public JsonDecodingException(Kind kind, String safeMessage) {
        super(safeMessage, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
