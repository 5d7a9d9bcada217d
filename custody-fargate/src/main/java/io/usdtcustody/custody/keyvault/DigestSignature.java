package io.usdtcustody.custody.keyvault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;

/**
 * An ECDSA signature over a 32-byte digest, as the vault hands it out: {@code (r, s)} with {@code s} normalised
 * to the lower half of the group order (so the signature is not malleable), and the recovery id (0-3; 0 or 1 on
 * secp256k1 in practice) that recovers the signer's public key from {@code (r, s, digest)} — what Ethereum's
 * {@code v} and TRON's last signature byte carry. {@link #der()} is the form JCA's verifiers take.
 */
public record DigestSignature(KeyCurve curve, BigInteger r, BigInteger s, int recoveryId) {
    public static final int SCALAR_BYTES = 32;

    public DigestSignature {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        if (r.signum() <= 0 || r.compareTo(curve.order()) >= 0 || s.signum() <= 0) {
            throw new IllegalArgumentException("r and s must be in 1..n-1");
        }
        if (s.compareTo(curve.halfOrder()) > 0) {
            throw new IllegalArgumentException("s must be normalised to s <= n/2");
        }
        if (recoveryId < 0 || recoveryId > 3) {
            throw new IllegalArgumentException("a recovery id is 0..3");
        }
    }

    /** ASN.1 DER {@code SEQUENCE { INTEGER r, INTEGER s }}, for {@code Signature.verify} of any JCA provider. */
    public byte[] der() {
        ASN1EncodableVector pair = new ASN1EncodableVector(2);
        pair.add(new ASN1Integer(r));
        pair.add(new ASN1Integer(s));
        try {
            return new DERSequence(pair).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException("DER encoding of two integers failed", e);
        }
    }

    /** {@code r || s}, each as 32 big-endian bytes (the "compact" form of chain signatures, without v). */
    public byte[] compact() {
        byte[] out = new byte[2 * SCALAR_BYTES];
        copyFixed(r, out, 0);
        copyFixed(s, out, SCALAR_BYTES);
        return out;
    }

    private static void copyFixed(BigInteger value, byte[] out, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, SCALAR_BYTES);
        System.arraycopy(raw, raw.length - length, out, offset + SCALAR_BYTES - length, length);
    }
}
