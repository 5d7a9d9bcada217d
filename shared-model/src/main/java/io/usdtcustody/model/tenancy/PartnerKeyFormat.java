package io.usdtcustody.model.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * How a partner's API key names its tenant: {@code <tenant id>.<secret>}, the secret being at least
 * {@value #MIN_SECRET_LENGTH} random letters and digits. In AWS the key's value is registered with API Gateway
 * (imported, never generated there), which checks on every partner request that the presented value is an
 * enabled key of the stage's usage plans; so the tenant read from a key API Gateway accepts is the tenant the key
 * was issued for, with no lookup anywhere. A value in any other shape names no tenant and is refused.
 *
 * <p>The tenant part is not secret (it is the partner's own id); the secret part carries ~238 bits.
 */
public final class PartnerKeyFormat {
    public static final char SEPARATOR = '.';
    public static final int SECRET_LENGTH = 40;
    public static final int MIN_SECRET_LENGTH = 32;
    /** API Gateway's limit on an API key's value. */
    public static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private PartnerKeyFormat() {
    }

    /** A fresh key value for a tenant, to import into API Gateway and hand to the partner once. */
    public static String issue(TenantId tenant, SecureRandom random) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(random, "random");
        StringBuilder key = new StringBuilder(tenant.value()).append(SEPARATOR);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /**
     * The tenant a presented key value names, or empty when the value is not in the partner key shape or names
     * the reserved {@link TenantId#PLATFORM}.
     */
    public static Optional<TenantId> tenantOf(String presented) {
        if (presented == null || presented.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int separator = presented.indexOf(SEPARATOR);
        if (separator < 1 || presented.length() - separator - 1 < MIN_SECRET_LENGTH) {
            return Optional.empty();
        }
        for (int i = separator + 1; i < presented.length(); i++) {
            if (ALPHABET.indexOf(presented.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return TenantId.ofCaller(presented.substring(0, separator));
    }

    /**
     * A stable public name for a key value ({@code key-} and 16 hex digits of its SHA-256), for logs and
     * principal ids: it identifies the key without revealing it, since the secret cannot be guessed from it.
     */
    public static String fingerprint(String presented) {
        Objects.requireNonNull(presented, "presented");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return "key-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
