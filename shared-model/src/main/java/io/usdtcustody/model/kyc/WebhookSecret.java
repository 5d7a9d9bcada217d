package io.usdtcustody.model.kyc;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The key a KYC vendor and the platform share for signing webhooks: at least 32 random bytes, carried as base64
 * in configuration. {@link #toString()} never shows it, so a secret that reaches a log line by accident leaks
 * nothing.
 */
public final class WebhookSecret {
    /** HMAC-SHA256 keys shorter than its output weaken it; vendors issue 32 bytes or more. */
    public static final int MIN_BYTES = 32;
    public static final int MAX_BYTES = 128;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a webhook secret is " + MIN_BYTES + ".." + MAX_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static WebhookSecret of(byte[] key) {
        return new WebhookSecret(key);
    }

    /** Reads the base64 form (standard alphabet, padding optional); the message never quotes the input. */
    public static WebhookSecret fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("the webhook secret is not set");
        }
        try {
            return new WebhookSecret(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook secret must be base64 of " + MIN_BYTES + ".."
                    + MAX_BYTES + " bytes");
        }
    }

    /** A fresh secret of 32 bytes from {@code random} (pass a {@code SecureRandom}). */
    public static WebhookSecret generate(RandomGenerator random) {
        byte[] key = new byte[MIN_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret secret && MessageDigest.isEqual(key, secret.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
