package io.usdtcustody.model.jwt;

import java.security.PublicKey;
import java.util.Objects;

/** One public key of an issuer's key set: its {@code kid}, the one algorithm it verifies, and the key itself. */
public record VerificationKey(String kid, JwsAlgorithm algorithm, PublicKey key) {
    public VerificationKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(key, "key");
        if (kid.isEmpty()) {
            throw new IllegalArgumentException("a key id is not empty");
        }
        if (!algorithm.keyType().equals(key.getAlgorithm())) {
            throw new IllegalArgumentException(algorithm + " needs an " + algorithm.keyType() + " key");
        }
    }
}
