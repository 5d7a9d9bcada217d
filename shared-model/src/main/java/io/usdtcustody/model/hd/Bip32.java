package io.usdtcustody.model.hd;

import io.usdtcustody.model.hd.DerivationException.Reason;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * BIP32 hierarchical deterministic derivation on secp256k1: the master key from a seed, private child
 * derivation (CKDpriv), public child derivation (CKDpub) and paths of either.
 *
 * <p>Invalid keys: when {@code parse256(IL) >= n} or the child key is zero (or the point at infinity), BIP32
 * says the key for that index is invalid and one should proceed with the next index. This class does
 * <em>not</em> skip silently, because a skipped index would make the recorded path disagree with the key;
 * it fails with {@link DerivationException.Reason#INVALID_CHILD} (master: {@code INVALID_MASTER_KEY}) and
 * the caller — the deposit address allocator — moves on to the next index. The probability is below
 * 2<sup>-127</sup> per derivation.
 *
 * <p>Intermediate private keys of a path are destroyed as soon as their child exists.
 */
public final class Bip32 {
    public static final int MIN_SEED_BYTES = 16;
    public static final int MAX_SEED_BYTES = 64;

    private static final byte[] MASTER_HMAC_KEY = "Bitcoin seed".getBytes(StandardCharsets.US_ASCII);
    private static final int HALF = 32;

    private Bip32() {
    }

    /** The master extended private key of a 16..64 byte seed (BIP32 "Master key generation"). */
    public static ExtendedKey masterFromSeed(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length < MIN_SEED_BYTES || seed.length > MAX_SEED_BYTES) {
            throw new DerivationException(Reason.INVALID_SEED_LENGTH,
                    "seed must be " + MIN_SEED_BYTES + " to " + MAX_SEED_BYTES + " bytes");
        }
        byte[] i = hmacSha512(MASTER_HMAC_KEY, seed);
        try {
            BigInteger k = leftHalf(i);
            if (!Secp256k1.isValidPrivateKey(k)) {
                throw new DerivationException(Reason.INVALID_MASTER_KEY,
                        "seed gives an invalid master key; use another seed");
            }
            byte[] key = Arrays.copyOf(i, HALF);
            byte[] chainCode = Arrays.copyOfRange(i, HALF, 2 * HALF);
            try {
                return ExtendedKey.ofPrivate(0, 0, 0, chainCode, key);
            } finally {
                Arrays.fill(key, (byte) 0);
                Arrays.fill(chainCode, (byte) 0);
            }
        } finally {
            Arrays.fill(i, (byte) 0);
        }
    }

    /** Derives {@code path} from {@code root}: private steps while {@code root} is private, public otherwise. */
    public static ExtendedKey derive(ExtendedKey root, DerivationPath path) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(path, "path");
        if (!root.isPrivate() && path.hasHardenedStep()) {
            int first = path.steps().stream().filter(DerivationPath::isHardened).findFirst().orElseThrow();
            throw hardenedFromPublic(first);
        }
        ExtendedKey current = root;
        try {
            for (int step : path.steps()) {
                ExtendedKey next = deriveChild(current, step);
                destroyIntermediate(current, root);
                current = next;
            }
        } catch (RuntimeException failure) {
            destroyIntermediate(current, root);
            throw failure;
        }
        return current == root ? copyOf(root) : current;
    }

    /** CKDpriv for a private parent, CKDpub for a public one. */
    public static ExtendedKey deriveChild(ExtendedKey parent, int childNumber) {
        return parent.isPrivate() ? derivePrivateChild(parent, childNumber) : derivePublicChild(parent, childNumber);
    }

    /** CKDpriv((k, c), i): the child extended private key; hardened or not. */
    public static ExtendedKey derivePrivateChild(ExtendedKey parent, int childNumber) {
        if (!parent.isPrivate()) {
            throw new IllegalArgumentException("private derivation needs a private parent key");
        }
        requireRoomForChild(parent);
        byte[] data = new byte[Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES + 4];
        if (DerivationPath.isHardened(childNumber)) {
            System.arraycopy(parent.privateKeyView(), 0, data, 1, Secp256k1.PRIVATE_KEY_BYTES);
        } else {
            System.arraycopy(parent.publicKeyView(), 0, data, 0, Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES);
        }
        ByteBuffer.wrap(data, Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES, 4).putInt(childNumber);
        byte[] i = hmacSha512(parent.chainCodeView(), data);
        Arrays.fill(data, (byte) 0);
        try {
            return privateChildFromHmac(parent, childNumber, i);
        } finally {
            Arrays.fill(i, (byte) 0);
        }
    }

    /** CKDpub((K, c), i): the child extended public key; fails for a hardened {@code childNumber}. */
    public static ExtendedKey derivePublicChild(ExtendedKey parent, int childNumber) {
        if (DerivationPath.isHardened(childNumber)) {
            throw hardenedFromPublic(childNumber);
        }
        requireRoomForChild(parent);
        byte[] data = new byte[Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES + 4];
        System.arraycopy(parent.publicKeyView(), 0, data, 0, Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES);
        ByteBuffer.wrap(data, Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES, 4).putInt(childNumber);
        byte[] i = hmacSha512(parent.chainCodeView(), data);
        return publicChildFromHmac(parent, childNumber, i);
    }

    /** The second half of CKDpriv, given I = HMAC-SHA512(c, data); package-visible to test the invalid cases. */
    static ExtendedKey privateChildFromHmac(ExtendedKey parent, int childNumber, byte[] i) {
        BigInteger il = leftHalf(i);
        if (il.compareTo(Secp256k1.N) >= 0) {
            throw invalidChild(childNumber);
        }
        BigInteger childKey = il.add(parent.privateKeyInteger()).mod(Secp256k1.N);
        if (childKey.signum() == 0) {
            throw invalidChild(childNumber);
        }
        byte[] keyBytes = Secp256k1.toFixed32(childKey);
        byte[] chainCode = Arrays.copyOfRange(i, HALF, 2 * HALF);
        try {
            return ExtendedKey.ofPrivate(parent.depth() + 1, parent.fingerprint(), childNumber, chainCode, keyBytes);
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
            Arrays.fill(chainCode, (byte) 0);
        }
    }

    /** The second half of CKDpub, given I; package-visible to test the invalid cases. */
    static ExtendedKey publicChildFromHmac(ExtendedKey parent, int childNumber, byte[] i) {
        BigInteger il = leftHalf(i);
        if (il.compareTo(Secp256k1.N) >= 0) {
            throw invalidChild(childNumber);
        }
        byte[] childKey = il.signum() == 0 ? parent.publicKey() : Secp256k1.addTweak(parent.publicKeyView(), il);
        if (childKey == null) {
            throw invalidChild(childNumber);
        }
        return ExtendedKey.ofPublic(parent.depth() + 1, parent.fingerprint(), childNumber,
                Arrays.copyOfRange(i, HALF, 2 * HALF), childKey);
    }

    private static void destroyIntermediate(ExtendedKey key, ExtendedKey root) {
        if (key != root) {
            key.destroy();
        }
    }

    private static ExtendedKey copyOf(ExtendedKey key) {
        if (key.isPrivate()) {
            byte[] k = key.privateKeyBytes();
            try {
                return ExtendedKey.ofPrivate(key.depth(), key.parentFingerprint(), key.childNumber(),
                        key.chainCodeView(), k);
            } finally {
                Arrays.fill(k, (byte) 0);
            }
        }
        return key.neuter();
    }

    private static void requireRoomForChild(ExtendedKey parent) {
        if (parent.depth() >= DerivationPath.MAX_DEPTH) {
            throw new DerivationException(Reason.MAX_DEPTH_EXCEEDED,
                    "cannot derive below depth " + DerivationPath.MAX_DEPTH);
        }
    }

    private static DerivationException hardenedFromPublic(int childNumber) {
        return new DerivationException(Reason.HARDENED_FROM_PUBLIC_KEY, "cannot derive hardened child "
                + DerivationPath.formatStep(childNumber) + " from a public key; a private key is required");
    }

    private static DerivationException invalidChild(int childNumber) {
        return new DerivationException(Reason.INVALID_CHILD, "child " + DerivationPath.formatStep(childNumber)
                + " gives an invalid key (BIP32); use the next index");
    }

    private static BigInteger leftHalf(byte[] i) {
        byte[] il = Arrays.copyOfRange(i, 0, HALF);
        try {
            return new BigInteger(1, il);
        } finally {
            Arrays.fill(il, (byte) 0);
        }
    }

    private static byte[] hmacSha512(byte[] key, byte[] data) {
        HMac hmac = new HMac(new SHA512Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(data, 0, data.length);
        byte[] out = new byte[hmac.getMacSize()];
        hmac.doFinal(out, 0);
        hmac.reset();
        return out;
    }
}
