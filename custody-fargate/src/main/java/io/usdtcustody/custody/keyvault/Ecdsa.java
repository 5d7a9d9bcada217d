package io.usdtcustody.custody.keyvault;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The ECDSA arithmetic done outside the HSM, the same for every vault adapter: digest checks, DER parsing,
 * low-s normalisation and public key recovery (SEC 1 v2, section 4.1.6). The HSM only signs a digest with raw
 * {@code CKM_ECDSA}; everything that makes the signature usable on a chain happens here, in plain Java.
 */
public final class Ecdsa {
    /** Digests are SHA-256 or Keccak-256 outputs: exactly 32 bytes. */
    public static final int DIGEST_BYTES = 32;

    private Ecdsa() {
    }

    /** Rejects anything that is not a 32-byte digest, with a caller-safe message. */
    public static void requireDigest(byte[] digest) {
        if (digest == null || digest.length != DIGEST_BYTES) {
            throw KeyVaultException.invalid("a digest to sign is exactly 32 bytes");
        }
    }

    /**
     * Turns an HSM's DER signature into the vault's signature: parse, normalise s, find the recovery id for
     * {@code publicKey}. A signature that does not recover to {@code publicKey} is refused — it would mean a
     * wrong key or a faulty HSM, and must never reach a chain.
     */
    public static DigestSignature finish(KeyCurve curve, byte[] der, byte[] digest, byte[] publicKey) {
        BigInteger[] rs;
        try {
            rs = parseDer(der);
        } catch (IllegalArgumentException e) {
            throw KeyVaultException.internal("the HSM returned a malformed signature", e);
        }
        return finish(curve, rs[0], rs[1], digest, publicKey);
    }

    /** As {@link #finish(KeyCurve, byte[], byte[], byte[])}, for a signer that returns {@code (r, s)}. */
    public static DigestSignature finish(KeyCurve curve, BigInteger r, BigInteger s, byte[] digest, byte[] publicKey) {
        BigInteger n = curve.order();
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            throw KeyVaultException.internal("the signer returned a signature out of range", null);
        }
        BigInteger low = lowS(curve, s);
        int recoveryId = recoveryId(curve, r, low, digest, publicKey);
        if (recoveryId < 0) {
            throw KeyVaultException.internal("the signature does not match the key's public key", null);
        }
        return new DigestSignature(curve, r, low, recoveryId);
    }

    /** {@code (r, s)} from {@code SEQUENCE { INTEGER r, INTEGER s }}. */
    public static BigInteger[] parseDer(byte[] der) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            if (sequence.size() != 2) {
                throw new IllegalArgumentException("an ECDSA signature is a sequence of two integers");
            }
            return new BigInteger[] {
                ASN1Integer.getInstance(sequence.getObjectAt(0)).getPositiveValue(),
                ASN1Integer.getInstance(sequence.getObjectAt(1)).getPositiveValue()};
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a DER-encoded ECDSA signature", e);
        }
    }

    /** {@code s} if it is at most n/2, else {@code n - s}: both verify, only the low one is canonical. */
    public static BigInteger lowS(KeyCurve curve, BigInteger s) {
        return s.compareTo(curve.halfOrder()) > 0 ? curve.order().subtract(s) : s;
    }

    /** The smallest recovery id whose recovered key is {@code publicKey} (either SEC1 encoding), or -1. */
    public static int recoveryId(KeyCurve curve, BigInteger r, BigInteger s, byte[] digest, byte[] publicKey) {
        byte[] expected = curve.parameters().getCurve().decodePoint(publicKey).getEncoded(false);
        for (int id = 0; id < 4; id++) {
            byte[] recovered = recover(curve, id, r, s, digest);
            if (recovered != null && Arrays.equals(recovered, expected)) {
                return id;
            }
        }
        return -1;
    }

    /** The uncompressed public key that {@code (r, s)} with {@code recoveryId} verifies under, or null. */
    public static byte[] recover(KeyCurve curve, int recoveryId, BigInteger r, BigInteger s, byte[] digest) {
        requireDigest(digest);
        X9ECParameters params = curve.parameters();
        BigInteger n = params.getN();
        BigInteger x = r.add(n.multiply(BigInteger.valueOf(recoveryId / 2)));
        if (x.compareTo(params.getCurve().getField().getCharacteristic()) >= 0) {
            return null;
        }
        byte[] compressed = new byte[1 + DIGEST_BYTES];
        compressed[0] = (byte) ((recoveryId & 1) == 1 ? 0x03 : 0x02);
        byte[] xBytes = x.toByteArray();
        int length = Math.min(xBytes.length, DIGEST_BYTES);
        System.arraycopy(xBytes, xBytes.length - length, compressed, compressed.length - length, length);
        ECPoint bigR;
        try {
            bigR = params.getCurve().decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
        BigInteger e = new BigInteger(1, digest);
        BigInteger rInverse = r.modInverse(n);
        BigInteger u1 = e.negate().mod(n).multiply(rInverse).mod(n);
        BigInteger u2 = s.multiply(rInverse).mod(n);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(params.getG(), u1, bigR, u2).normalize();
        return q.isInfinity() ? null : q.getEncoded(false);
    }
}
