package io.usdtcustody.custody.keyvault.port;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;

/**
 * Signs with a private key that custody derived in memory (a deposit address's BIP32 child key, for a sweep):
 * the key is imported into the HSM as a session object — never a token object, sensitive, not extractable —
 * used for one raw ECDSA signature over the caller's digest, and destroyed before the call returns, whether it
 * succeeded or not. The signature is finished like every vault signature ({@code Ecdsa}: low s, recovery id),
 * which also proves it belongs to {@code publicKey}.
 *
 * <p>The caller owns {@code privateKey} and overwrites it afterwards; this port keeps no reference to it.
 */
public interface SessionKeySigner {

    /**
     * @param privateKey the 32-byte big-endian scalar
     * @param publicKey  the key's SEC1 public key (either encoding), for the recovery id
     * @throws io.usdtcustody.custody.keyvault.KeyVaultException {@code VALIDATION_FAILED} for a digest that is not
     *         32 bytes or a malformed key; {@code UNAVAILABLE} when the HSM cannot sign now; {@code INTERNAL}
     *         when the signature does not match {@code publicKey}
     */
    DigestSignature sign(KeyCurve curve, byte[] privateKey, byte[] publicKey, byte[] digest);
}
