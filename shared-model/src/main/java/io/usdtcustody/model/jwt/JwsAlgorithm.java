package io.usdtcustody.model.jwt;

import java.util.Optional;

/**
 * The JWS algorithms the platform accepts for bearer tokens, each bound to one key type so that a token can never
 * choose how it is checked: {@code none}, HMAC and everything else is refused before a key is looked up. ES256
 * signatures are the fixed-width {@code r || s} of RFC 7518 (64 bytes), which the JDK verifies in P1363 format.
 */
public enum JwsAlgorithm {
    ES256("SHA256withECDSAinP1363Format", "EC", 64),
    RS256("SHA256withRSA", "RSA", 0);

    private final String jcaName;
    private final String keyType;
    private final int signatureBytes;

    JwsAlgorithm(String jcaName, String keyType, int signatureBytes) {
        this.jcaName = jcaName;
        this.keyType = keyType;
        this.signatureBytes = signatureBytes;
    }

    /** The JCA signature algorithm. */
    public String jcaName() {
        return jcaName;
    }

    /** The JWK {@code kty}, which is also the JCA key algorithm this algorithm needs. */
    public String keyType() {
        return keyType;
    }

    /** The exact signature length in bytes, or 0 where it follows the key size (RSA). */
    public int signatureBytes() {
        return signatureBytes;
    }

    /** The algorithm a header's {@code alg} names, or empty for anything not accepted (exact, case-sensitive). */
    public static Optional<JwsAlgorithm> fromHeader(String alg) {
        for (JwsAlgorithm candidate : values()) {
            if (candidate.name().equals(alg)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
