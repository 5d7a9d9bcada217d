package io.usdtcustody.custody.approval;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Approvers' keys and signatures: NIST P-256 (secp256r1) public keys as X.509 SubjectPublicKeyInfo in base64,
 * signatures as ECDSA over SHA-256, DER-encoded ({@code SHA256withECDSA}). Keys on any other curve, or points
 * not on the curve, are refused at registration.
 */
public final class P256 {
    /** A DER ECDSA P-256 signature is at most 72 bytes. */
    public static final int MAX_SIGNATURE_BYTES = 72;
    private static final int MAX_KEY_BASE64_CHARS = 256;
    private static final ECParameterSpec CURVE = curve();

    private P256() {
    }

    /**
     * Parses a base64 SubjectPublicKeyInfo.
     *
     * @throws IllegalArgumentException when it is not base64, not an EC key, not P-256 or not on the curve
     */
    public static ECPublicKey parsePublicKey(String base64) {
        if (base64 == null || base64.isEmpty() || base64.length() > MAX_KEY_BASE64_CHARS) {
            throw new IllegalArgumentException("a public key is a base64 X.509 SubjectPublicKeyInfo");
        }
        PublicKey key;
        try {
            key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("a public key is a base64 X.509 SubjectPublicKeyInfo of an EC key");
        }
        if (!(key instanceof ECPublicKey ec) || !isP256(ec.getParams()) || !onCurve(ec.getW())) {
            throw new IllegalArgumentException("the public key must be a P-256 (secp256r1) key");
        }
        return ec;
    }

    /** Whether {@code derSignature} is a valid SHA256withECDSA signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] derSignature) {
        if (derSignature == null || derSignature.length == 0 || derSignature.length > MAX_SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(derSignature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean isP256(ECParameterSpec params) {
        return params.getOrder().equals(CURVE.getOrder()) && params.getCurve().equals(CURVE.getCurve())
                && params.getGenerator().equals(CURVE.getGenerator()) && params.getCofactor() == CURVE.getCofactor();
    }

    private static boolean onCurve(ECPoint point) {
        if (point == null || ECPoint.POINT_INFINITY.equals(point)) {
            return false;
        }
        BigInteger p = ((ECFieldFp) CURVE.getCurve().getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger rhs = x.pow(3).add(CURVE.getCurve().getA().multiply(x)).add(CURVE.getCurve().getB()).mod(p);
        return y.pow(2).mod(p).equals(rhs);
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always provides secp256r1", e);
        }
    }
}
