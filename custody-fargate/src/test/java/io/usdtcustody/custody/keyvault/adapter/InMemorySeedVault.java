package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * TEST ONLY: a {@link SeedVault} whose AES-256 key is a JCA key in this JVM (the same AES-GCM, 12-byte IV, 128-bit
 * tag and associated data as the HSM's), for unit tests of account generation and sweep signing. Production seals
 * seeds in the HSM ({@link Pkcs11SeedVault}).
 */
public final class InMemorySeedVault implements SeedVault {
    private final KeyLabel label = KeyLabel.of("test-seed-wrap");
    private final SecretKey key;
    private final SecureRandom random;
    private int unwraps;

    public InMemorySeedVault(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public KeyLabel wrappingKey() {
        return label;
    }

    @Override
    public WrappedSecret wrap(byte[] secret, byte[] associatedData) {
        byte[] iv = new byte[WrappedSecret.IV_BYTES];
        random.nextBytes(iv);
        return new WrappedSecret(label, iv, crypt(Cipher.ENCRYPT_MODE, iv, associatedData, secret));
    }

    @Override
    public synchronized byte[] unwrap(WrappedSecret wrapped, byte[] associatedData) {
        if (!wrapped.wrappingKey().equals(label)) {
            throw KeyVaultException.notFound(wrapped.wrappingKey());
        }
        unwraps++;
        return crypt(Cipher.DECRYPT_MODE, wrapped.iv(), associatedData, wrapped.ciphertext());
    }

    /** How many times a seed was opened. */
    public synchronized int unwraps() {
        return unwraps;
    }

    private byte[] crypt(int mode, byte[] iv, byte[] associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(WrappedSecret.TAG_BYTES * 8, iv));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw KeyVaultException.internal("the wrapped secret does not authenticate under its associated data", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
