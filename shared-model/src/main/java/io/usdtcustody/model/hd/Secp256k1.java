package io.usdtcustody.model.hd;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The secp256k1 curve as BIP32 and the chains' address formats use it: public keys from private scalars,
 * and public key encodings checked and converted between SEC1 compressed (33 bytes) and uncompressed
 * (65 bytes). Pure computation on BouncyCastle's low-level curve classes; no JCA provider is registered.
 */
public final class Secp256k1 {
    /** The group order n; private keys are the integers 1..n-1. */
    public static final BigInteger N;
    public static final int PRIVATE_KEY_BYTES = 32;
    public static final int COMPRESSED_PUBLIC_KEY_BYTES = 33;
    public static final int UNCOMPRESSED_PUBLIC_KEY_BYTES = 65;

    private static final ECCurve CURVE;
    private static final ECPoint G;
    private static final FixedPointCombMultiplier MULTIPLIER = new FixedPointCombMultiplier();

    static {
        X9ECParameters params = CustomNamedCurves.getByName("secp256k1");
        CURVE = params.getCurve();
        G = params.getG();
        N = params.getN();
    }

    private Secp256k1() {
    }

    /** Whether {@code k} is a usable private key: {@code 1 <= k < n}. */
    public static boolean isValidPrivateKey(BigInteger k) {
        return k.signum() > 0 && k.compareTo(N) < 0;
    }

    /** The compressed public key {@code serP(point(k))}; {@code k} must be in 1..n-1. */
    public static byte[] publicKeyOf(BigInteger k) {
        if (!isValidPrivateKey(k)) {
            throw new IllegalArgumentException("private key is not in 1..n-1");
        }
        return MULTIPLIER.multiply(G, k).normalize().getEncoded(true);
    }

    /**
     * Whether {@code encoded} is a compressed or uncompressed SEC1 encoding of a point on the curve (not the
     * point at infinity).
     */
    public static boolean isValidPublicKey(byte[] encoded) {
        return decodeOrNull(encoded) != null;
    }

    /** The 33-byte compressed form of a valid public key in either encoding. */
    public static byte[] compressed(byte[] publicKey) {
        return decode(publicKey).getEncoded(true);
    }

    /** The 65-byte uncompressed form ({@code 0x04 || x || y}) of a valid public key in either encoding. */
    public static byte[] uncompressed(byte[] publicKey) {
        return decode(publicKey).getEncoded(false);
    }

    /** {@code point(tweak) + publicKey}, compressed; {@code null} when the sum is the point at infinity. */
    static byte[] addTweak(byte[] publicKey, BigInteger tweak) {
        ECPoint sum = MULTIPLIER.multiply(G, tweak).add(decode(publicKey)).normalize();
        return sum.isInfinity() ? null : sum.getEncoded(true);
    }

    /** {@code value} as exactly 32 big-endian bytes, keeping leading zeros (BIP32 test vectors 3 and 4). */
    static byte[] toFixed32(BigInteger value) {
        byte[] raw = value.toByteArray();
        if (raw.length == PRIVATE_KEY_BYTES) {
            return raw;
        }
        byte[] fixed = new byte[PRIVATE_KEY_BYTES];
        if (raw.length > PRIVATE_KEY_BYTES) {
            System.arraycopy(raw, raw.length - PRIVATE_KEY_BYTES, fixed, 0, PRIVATE_KEY_BYTES);
        } else {
            System.arraycopy(raw, 0, fixed, PRIVATE_KEY_BYTES - raw.length, raw.length);
        }
        Arrays.fill(raw, (byte) 0);
        return fixed;
    }

    private static ECPoint decode(byte[] encoded) {
        ECPoint point = decodeOrNull(encoded);
        if (point == null) {
            throw new IllegalArgumentException("not a valid secp256k1 public key");
        }
        return point;
    }

    private static ECPoint decodeOrNull(byte[] encoded) {
        if (encoded == null) {
            return null;
        }
        boolean compressedShape = encoded.length == COMPRESSED_PUBLIC_KEY_BYTES
                && (encoded[0] == 0x02 || encoded[0] == 0x03);
        boolean uncompressedShape = encoded.length == UNCOMPRESSED_PUBLIC_KEY_BYTES && encoded[0] == 0x04;
        if (!compressedShape && !uncompressedShape) {
            return null;
        }
        try {
            ECPoint point = CURVE.decodePoint(encoded).normalize();
            return point.isInfinity() || !point.isValid() ? null : point;
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
    }
}
