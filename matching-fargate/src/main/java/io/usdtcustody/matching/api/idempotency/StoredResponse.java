package io.usdtcustody.matching.api.idempotency;

/** The response a keyed write was answered with, kept so that a retry under the same key gets it again. */
public record StoredResponse(int status, String contentType, byte[] body) {
    public StoredResponse {
        if (status < 100 || status > 599 || contentType == null || body == null) {
            throw new IllegalArgumentException("a stored response needs a status, a content type and a body");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status && contentType.equals(that.contentType)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + contentType.hashCode()) + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[" + status + " " + contentType + ", " + body.length + " bytes]";
    }
}
