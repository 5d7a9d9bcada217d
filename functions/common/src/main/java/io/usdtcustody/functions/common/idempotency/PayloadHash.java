package io.usdtcustody.functions.common.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SHA-256 (hex) of what a write request asks for: the concrete path it was sent to and the canonical form of
 * its JSON body ({@link CanonicalJson}). Two requests with the same key and the same hash are retries of one
 * another; the same key with another hash is a client reusing a key for a different request (a 409).
 * Including the path means that one key sent to two different customers is a reuse, not a replay.
 */
public record PayloadHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PayloadHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a payload hash is 64 lower-case hex digits");
        }
    }

    /** The hash of a request to {@code path} with {@code body} (null or missing for a request without one). */
    public static PayloadHash of(String path, JsonNode body) {
        Objects.requireNonNull(path, "path");
        String canonical = path + "\n" + (body == null || body.isMissingNode() ? "" : CanonicalJson.write(body));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new PayloadHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
