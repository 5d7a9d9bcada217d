package io.usdtcustody.custody.keyvault;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secret (an HD wallet seed) encrypted under an HSM-resident AES-256 key with AES-GCM: which key, the 12-byte
 * IV and the ciphertext with its 16-byte tag. Safe to store and to print: it opens only inside the HSM, and only
 * with the associated data it was sealed with (tenant, chain and purpose), so a ciphertext copied onto another
 * tenant's record does not decrypt.
 */
public record WrappedSecret(KeyLabel wrappingKey, byte[] iv, byte[] ciphertext) {
    public static final int IV_BYTES = 12;
    public static final int TAG_BYTES = 16;

    public WrappedSecret {
        Objects.requireNonNull(wrappingKey, "wrappingKey");
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (iv.length != IV_BYTES) {
            throw new IllegalArgumentException("an AES-GCM IV is " + IV_BYTES + " bytes");
        }
        if (ciphertext.length <= TAG_BYTES) {
            throw new IllegalArgumentException("a ciphertext holds at least one byte and the " + TAG_BYTES
                    + "-byte tag");
        }
        iv = iv.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedSecret that && wrappingKey.equals(that.wrappingKey)
                && MessageDigest.isEqual(iv, that.iv) && MessageDigest.isEqual(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wrappingKey, Arrays.hashCode(iv), Arrays.hashCode(ciphertext));
    }

    @Override
    public String toString() {
        return "WrappedSecret[wrappingKey=" + wrappingKey + ", " + ciphertext.length + " bytes]";
    }
}
