package io.usdtcustody.custody.keyvault.port;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import java.util.List;
import java.util.Optional;

/**
 * The signing boundary: keys are created inside the vault, named by label, and only ever used by asking the
 * vault to sign a digest the caller computed (Keccak-256 of a transaction, SHA-256 of a receipt). Nothing here
 * returns private key material. Failures are {@link io.usdtcustody.custody.keyvault.KeyVaultException}s.
 */
public interface KeyVault {

    /**
     * Creates a key pair on {@code curve} under {@code label}, or returns the existing key when the label is
     * already taken on the same curve (so a retried call is harmless).
     *
     * @throws io.usdtcustody.custody.keyvault.KeyVaultException {@code CONFLICT} when the label is taken by a key
     *         on another curve
     */
    KeyInfo generate(KeyLabel label, KeyCurve curve);

    /** Every key in the vault, sorted by label: labels, curves and public keys only. */
    List<KeyInfo> list();

    /** The key under {@code label}, if there is one. */
    Optional<KeyInfo> publicKey(KeyLabel label);

    /**
     * Signs a 32-byte digest with the key under {@code label}: {@code (r, s)} normalised to low s, and the
     * recovery id of the key's public key.
     *
     * @throws io.usdtcustody.custody.keyvault.KeyVaultException {@code NOT_FOUND} for an unknown label,
     *         {@code VALIDATION_FAILED} for a digest that is not 32 bytes, {@code UNAVAILABLE} when the HSM
     *         cannot sign now
     */
    DigestSignature signDigest(KeyLabel label, byte[] digest);
}
