package io.usdtcustody.model.kyc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed-webhook contract between a KYC vendor and the platform, shared by the KYC function (which verifies)
 * and the local sandbox vendor (which signs).
 *
 * <p>The vendor sends {@value #TIMESTAMP_HEADER}: the Unix time in seconds when it signed, and
 * {@value #SIGNATURE_HEADER}: {@code v1=<hex HMAC-SHA256>} over the bytes {@code <timestamp> "." <body>} with the
 * shared {@link WebhookSecret}. Several comma-separated {@code v1=} values may be sent while a secret is rotated;
 * one matching is enough. A timestamp more than {@link #TOLERANCE} away from the receiver's clock is refused, so
 * a captured request cannot be replayed later; within that window the receiver deduplicates by the event id in
 * the (signed) body. Comparison is constant-time. Pure: the time is passed in.
 */
public final class KycWebhookSignature {
    public static final String TIMESTAMP_HEADER = "X-Kyc-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Kyc-Signature";
    public static final String SCHEME = "v1";
    /** How far the signing time may be from the receiver's clock, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TIMESTAMP_DIGITS = 12;
    private static final int MAX_SIGNATURES = 5;

    private KycWebhookSignature() {
    }

    /** The {@value #SIGNATURE_HEADER} value for {@code body} signed at {@code epochSeconds}. */
    public static String sign(WebhookSecret secret, long epochSeconds, byte[] body) {
        return SCHEME + "=" + HexFormat.of().formatHex(mac(secret, epochSeconds, body));
    }

    /**
     * Checks the two headers against {@code body} at {@code now}; null headers count as missing.
     */
    public static WebhookVerification verify(WebhookSecret secret, String timestampHeader, String signatureHeader,
                                             byte[] body, Instant now) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        if (timestampHeader == null || timestampHeader.isBlank() || signatureHeader == null
                || signatureHeader.isBlank()) {
            return WebhookVerification.MISSING_HEADERS;
        }
        String digits = timestampHeader.strip();
        if (digits.length() > MAX_TIMESTAMP_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return WebhookVerification.MALFORMED_TIMESTAMP;
        }
        long timestamp = Long.parseLong(digits);
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return WebhookVerification.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        byte[] expected = mac(secret, timestamp, body);
        boolean anyCandidate = false;
        String[] parts = signatureHeader.split(",", MAX_SIGNATURES + 1);
        for (int i = 0; i < Math.min(parts.length, MAX_SIGNATURES); i++) {
            byte[] candidate = candidate(parts[i].strip());
            if (candidate != null) {
                anyCandidate = true;
                if (MessageDigest.isEqual(expected, candidate)) {
                    return WebhookVerification.VALID;
                }
            }
        }
        return anyCandidate ? WebhookVerification.SIGNATURE_MISMATCH : WebhookVerification.MALFORMED_SIGNATURE;
    }

    /** The bytes of one {@code v1=<hex>} element, or null when it is of another scheme or not hex. */
    private static byte[] candidate(String element) {
        if (!element.startsWith(SCHEME + "=")) {
            return null;
        }
        String hex = element.substring(SCHEME.length() + 1);
        if (hex.length() != 64) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] mac(WebhookSecret secret, long epochSeconds, byte[] body) {
        if (epochSeconds < 0) {
            throw new IllegalArgumentException("a webhook timestamp is not negative");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update(Long.toString(epochSeconds).getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
