package io.usdtcustody.localcloud.gateway.jwt;

import java.security.PublicKey;
import java.util.Objects;

/** One public key of a key set: its {@code kid}, the one algorithm it verifies, and the key itself. */
public record VerificationKey(String kid, JwsAlgorithm algorithm, PublicKey key) {
    public VerificationKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(key, "key");
        if (!algorithm.keyType().equals(key.getAlgorithm())) {
            throw new IllegalArgumentException(algorithm + " needs an " + algorithm.keyType() + " key");
        }
    }
}
