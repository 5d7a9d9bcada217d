package io.usdtcustody.localcloud.gateway.jwt;

import java.util.Optional;

/**
 * The JWS algorithms the gateway accepts, each tied to one key type, so a token can never choose how it is
 * checked: {@code none}, HMAC and anything else is refused before a key is even looked up. ES256 signatures
 * are the raw 64-byte {@code r || s} of RFC 7518, which the JDK verifies as {@code P1363} format.
 */
public enum JwsAlgorithm {
    ES256("SHA256withECDSAinP1363Format", "EC"),
    RS256("SHA256withRSA", "RSA");

    private final String jcaName;
    private final String keyType;

    JwsAlgorithm(String jcaName, String keyType) {
        this.jcaName = jcaName;
        this.keyType = keyType;
    }

    /** The JCA signature algorithm. */
    public String jcaName() {
        return jcaName;
    }

    /** The JWK {@code kty} (and JCA key algorithm) this algorithm needs. */
    public String keyType() {
        return keyType;
    }

    /** The algorithm for a header's {@code alg}, or empty for anything not accepted (exact, case-sensitive). */
    public static Optional<JwsAlgorithm> fromHeader(String alg) {
        for (JwsAlgorithm candidate : values()) {
            if (candidate.name().equals(alg)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
