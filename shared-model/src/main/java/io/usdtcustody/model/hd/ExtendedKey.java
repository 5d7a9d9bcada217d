package io.usdtcustody.model.hd;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A BIP32 extended key: depth, parent fingerprint, child number, chain code and either a private key (with
 * its public key) or only a public key. Serialises to and parses from mainnet {@code xprv…}/{@code xpub…}
 * base58check text.
 *
 * <p>Custody derives sweep keys in memory and must wipe them after the signature: {@link #destroy()} (or
 * {@link #close()}) zeroes the private key and chain code arrays, after which every accessor fails. Copies
 * handed out by {@link #privateKeyBytes()} are the caller's to wipe. Intermediate {@link BigInteger}s used in
 * derivation cannot be zeroed; that residue is the documented cost of deriving in the JVM instead of in an
 * HSM with native BIP32 (DESIGN.md, Keys and custody).
 *
 * <p>No exception message and no {@link #toString()} ever contains key material.
 */
public final class ExtendedKey implements AutoCloseable, Destroyable {
    public static final int MAINNET_PRIVATE_VERSION = 0x0488ADE4;
    public static final int MAINNET_PUBLIC_VERSION = 0x0488B21E;
    public static final int CHAIN_CODE_BYTES = 32;
    /** Serialised size before the base58check checksum. */
    public static final int SERIALIZED_BYTES = 78;

    private final int depth;
    private final int parentFingerprint;
    private final int childNumber;
    private final byte[] chainCode;
    private final byte[] privateKey;
    private final byte[] publicKey;
    private volatile boolean destroyed;

    /** Takes ownership of the arrays, which the factories have checked (or freshly computed). */
    private ExtendedKey(int depth, int parentFingerprint, int childNumber, byte[] chainCode, byte[] privateKey,
            byte[] publicKey) {
        this.depth = depth;
        this.parentFingerprint = parentFingerprint;
        this.childNumber = childNumber;
        this.chainCode = chainCode;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** An extended private key; the arrays are copied and the key must be in 1..n-1. */
    public static ExtendedKey ofPrivate(int depth, int parentFingerprint, int childNumber, byte[] chainCode,
            byte[] privateKey) {
        Objects.requireNonNull(chainCode, "chainCode");
        Objects.requireNonNull(privateKey, "privateKey");
        checkMetadata(depth, parentFingerprint, childNumber, chainCode);
        if (privateKey.length != Secp256k1.PRIVATE_KEY_BYTES) {
            throw new InvalidExtendedKeyException("private key must be " + Secp256k1.PRIVATE_KEY_BYTES + " bytes");
        }
        BigInteger k = new BigInteger(1, privateKey);
        if (!Secp256k1.isValidPrivateKey(k)) {
            throw new InvalidExtendedKeyException("private key is not in 1..n-1");
        }
        return new ExtendedKey(depth, parentFingerprint, childNumber, chainCode.clone(), privateKey.clone(),
                Secp256k1.publicKeyOf(k));
    }

    /** An extended public key; the public key must be a compressed point on secp256k1. */
    public static ExtendedKey ofPublic(int depth, int parentFingerprint, int childNumber, byte[] chainCode,
            byte[] compressedPublicKey) {
        Objects.requireNonNull(chainCode, "chainCode");
        Objects.requireNonNull(compressedPublicKey, "compressedPublicKey");
        checkMetadata(depth, parentFingerprint, childNumber, chainCode);
        if (compressedPublicKey.length != Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES
                || (compressedPublicKey[0] != 0x02 && compressedPublicKey[0] != 0x03)) {
            throw new InvalidExtendedKeyException("public key must be 33 bytes starting with 02 or 03");
        }
        if (!Secp256k1.isValidPublicKey(compressedPublicKey)) {
            throw new InvalidExtendedKeyException("public key is not on secp256k1");
        }
        return new ExtendedKey(depth, parentFingerprint, childNumber, chainCode.clone(), null,
                compressedPublicKey.clone());
    }

    /** Parses mainnet {@code xprv…} or {@code xpub…} text; every BIP32 test vector 5 key is refused. */
    public static ExtendedKey parse(String text) {
        return ExtendedKeyText.parse(text);
    }

    public boolean isPrivate() {
        return privateKey != null;
    }

    public int depth() {
        return depth;
    }

    /** The first four bytes of the parent's HASH160 identifier; 0 for a master key. */
    public int parentFingerprint() {
        return parentFingerprint;
    }

    /** The raw child number, hardened ones with bit 31 set; 0 for a master key. */
    public int childNumber() {
        return childNumber;
    }

    /** A copy of the chain code. */
    public byte[] chainCode() {
        requireLive();
        return chainCode.clone();
    }

    /** A copy of the 33-byte compressed public key. */
    public byte[] publicKey() {
        requireLive();
        return publicKey.clone();
    }

    /** A copy of the 32-byte private key; wipe it after use. */
    public byte[] privateKeyBytes() {
        requirePrivate();
        return privateKey.clone();
    }

    /** HASH160 of the public key: this key's BIP32 identifier. */
    public byte[] identifier() {
        requireLive();
        return Hashes.hash160(publicKey);
    }

    /** The first four bytes of {@link #identifier()}, the parent fingerprint of this key's children. */
    public int fingerprint() {
        return ByteBuffer.wrap(identifier()).getInt();
    }

    /** The extended public key with the same metadata; this key stays usable. */
    public ExtendedKey neuter() {
        requireLive();
        return new ExtendedKey(depth, parentFingerprint, childNumber, chainCode.clone(), null, publicKey.clone());
    }

    /** The {@code xpub…} text of this key (neutered first when private). */
    public String toXpub() {
        requireLive();
        return serialize(MAINNET_PUBLIC_VERSION, publicKey);
    }

    /** The {@code xprv…} text; only for a private key. Treat the result as a secret. */
    public String toXprv() {
        requirePrivate();
        byte[] keyData = new byte[Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES];
        System.arraycopy(privateKey, 0, keyData, 1, privateKey.length);
        try {
            return serialize(MAINNET_PRIVATE_VERSION, keyData);
        } finally {
            Arrays.fill(keyData, (byte) 0);
        }
    }

    /** The private key as an integer, for derivation inside this package. */
    BigInteger privateKeyInteger() {
        requirePrivate();
        return new BigInteger(1, privateKey);
    }

    /** Package-internal access without copying, for derivation. */
    byte[] chainCodeView() {
        requireLive();
        return chainCode;
    }

    byte[] privateKeyView() {
        requirePrivate();
        return privateKey;
    }

    byte[] publicKeyView() {
        requireLive();
        return publicKey;
    }

    /** Zeroes the private key and chain code; the key cannot be used afterwards. Idempotent. */
    @Override
    public void destroy() {
        destroyed = true;
        if (privateKey != null) {
            Arrays.fill(privateKey, (byte) 0);
        }
        Arrays.fill(chainCode, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Same as {@link #destroy()}, for try-with-resources. */
    @Override
    public void close() {
        destroy();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ExtendedKey that) || destroyed || that.destroyed) {
            return false;
        }
        return depth == that.depth && parentFingerprint == that.parentFingerprint
                && childNumber == that.childNumber && isPrivate() == that.isPrivate()
                && MessageDigest.isEqual(chainCode, that.chainCode) && MessageDigest.isEqual(publicKey, that.publicKey)
                && (!isPrivate() || MessageDigest.isEqual(privateKey, that.privateKey));
    }

    @Override
    public int hashCode() {
        return Objects.hash(depth, parentFingerprint, childNumber, isPrivate(), Arrays.hashCode(publicKey));
    }

    /** Metadata only: kind, depth, child number and fingerprints. Never key material. */
    @Override
    public String toString() {
        String kind = isPrivate() ? "private" : "public";
        if (destroyed) {
            return "ExtendedKey[" + kind + ", destroyed]";
        }
        return "ExtendedKey[" + kind + ", depth=" + depth + ", child=" + DerivationPath.formatStep(childNumber)
                + ", parentFingerprint=" + hex(parentFingerprint) + ", fingerprint=" + hex(fingerprint()) + "]";
    }

    private String serialize(int version, byte[] keyData) {
        ByteBuffer out = ByteBuffer.allocate(SERIALIZED_BYTES);
        out.putInt(version).put((byte) depth).putInt(parentFingerprint).putInt(childNumber)
                .put(chainCode).put(keyData);
        try {
            return Base58.encodeChecked(out.array());
        } finally {
            Arrays.fill(out.array(), (byte) 0);
        }
    }

    private static void checkMetadata(int depth, int parentFingerprint, int childNumber, byte[] chainCode) {
        if (depth < 0 || depth > DerivationPath.MAX_DEPTH) {
            throw new InvalidExtendedKeyException("depth is out of range 0.." + DerivationPath.MAX_DEPTH);
        }
        if (depth == 0 && parentFingerprint != 0) {
            throw new InvalidExtendedKeyException("zero depth with non-zero parent fingerprint");
        }
        if (depth == 0 && childNumber != 0) {
            throw new InvalidExtendedKeyException("zero depth with non-zero child number");
        }
        if (chainCode.length != CHAIN_CODE_BYTES) {
            throw new InvalidExtendedKeyException("chain code must be " + CHAIN_CODE_BYTES + " bytes");
        }
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("extended key was destroyed");
        }
    }

    private void requirePrivate() {
        requireLive();
        if (privateKey == null) {
            throw new IllegalStateException("extended key is public; a private key is required");
        }
    }

    private static String hex(int value) {
        return String.format(Locale.ROOT, "%08x", value);
    }
}
