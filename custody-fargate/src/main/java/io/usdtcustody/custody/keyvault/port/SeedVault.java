package io.usdtcustody.custody.keyvault.port;

import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.WrappedSecret;

/**
 * Seals secrets (HD wallet seeds) under an AES-256 key that lives in the HSM, sensitive and never extractable,
 * and opens them again — AES-GCM inside the token, with associated data that binds each ciphertext to what it
 * is for. The plaintext exists only in the caller's memory, for as long as the caller keeps it: callers
 * overwrite every array they give or get here as soon as they are done. Failures are
 * {@link io.usdtcustody.custody.keyvault.KeyVaultException}s and never contain secret bytes.
 */
public interface SeedVault {

    /** The key that {@link #wrap} seals with (created in the token when the vault opened). */
    KeyLabel wrappingKey();

    /** Encrypts {@code secret} under the wrapping key with a fresh random IV, authenticating {@code associatedData}. */
    WrappedSecret wrap(byte[] secret, byte[] associatedData);

    /**
     * Decrypts {@code wrapped}; the returned array is the caller's to overwrite.
     *
     * @throws io.usdtcustody.custody.keyvault.KeyVaultException {@code INTERNAL} when the ciphertext does not
     *         authenticate under {@code associatedData} (another tenant's, chain's or purpose's record, or a
     *         tampered one); {@code NOT_FOUND} when its wrapping key is not in the token
     */
    byte[] unwrap(WrappedSecret wrapped, byte[] associatedData);
}
