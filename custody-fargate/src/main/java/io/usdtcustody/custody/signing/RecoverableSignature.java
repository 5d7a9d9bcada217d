package io.usdtcustody.custody.signing;

import io.usdtcustody.model.hd.Secp256k1;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A secp256k1 ECDSA signature as chains want it: (r, s) in range with s in the lower half of the curve order,
 * and the recovery id (0 or 1) that lets anyone recover the signer's public key from the digest. Chain-specific
 * encodings (Ethereum's v, TRON's 65 bytes) are built from it by the chain adapters.
 */
public record RecoverableSignature(BigInteger r, BigInteger s, int recoveryId) {
    private static final BigInteger HALF_N = Secp256k1.N.shiftRight(1);

    public RecoverableSignature {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        if (!inRange(r) || !inRange(s)) {
            throw new IllegalArgumentException("r and s must be in 1..n-1");
        }
        if (s.compareTo(HALF_N) > 0) {
            throw new IllegalArgumentException("s must be low (at most n/2); use RecoverableSignature.of");
        }
        if (recoveryId != 0 && recoveryId != 1) {
            throw new IllegalArgumentException("recovery id must be 0 or 1");
        }
    }

    /** A signature from any signer, normalised to low-s (flipping the recovery id when s is flipped). */
    public static RecoverableSignature of(BigInteger r, BigInteger s, int recoveryId) {
        if (s != null && inRange(s) && s.compareTo(HALF_N) > 0) {
            return new RecoverableSignature(r, Secp256k1.N.subtract(s), recoveryId ^ 1);
        }
        return new RecoverableSignature(r, s, recoveryId);
    }

    private static boolean inRange(BigInteger value) {
        return value.signum() > 0 && value.compareTo(Secp256k1.N) < 0;
    }
}
