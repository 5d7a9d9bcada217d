package io.usdtcustody.custody.keyvault;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;

/**
 * Independent verifiers for the vault's signatures, so no test checks the vault with the vault's own code:
 * BouncyCastle's ECDSA verifier, the JDK's SunEC (as a partner verifying a P-256 receipt would), and web3j's
 * public key recovery (as an Ethereum node would).
 */
public final class SignatureChecks {
    private SignatureChecks() {
    }

    /** BouncyCastle's low-level ECDSA verification of {@code (r, s)} over {@code digest}. */
    public static boolean verifies(KeyInfo key, byte[] digest, DigestSignature signature) {
        ECDomainParameters domain = new ECDomainParameters(key.curve().parameters());
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(domain.getCurve().decodePoint(key.publicKey()), domain));
        return verifier.verifySignature(digest, signature.r(), signature.s());
    }

    /** The key as a JCA public key of the JDK's own provider (P-256 only: JDK 17 dropped secp256k1). */
    public static PublicKey jcaPublicKey(KeyInfo key) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(key.curve().standardName()));
        byte[] encoded = key.publicKey();
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(encoded, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(encoded, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(w, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    /** SunEC's {@code NONEwithECDSA} verification of the DER form. */
    public static boolean jcaVerifiesDer(KeyInfo key, byte[] digest, byte[] der) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("NONEwithECDSA");
        verifier.initVerify(jcaPublicKey(key));
        verifier.update(digest);
        return verifier.verify(der);
    }

    /** web3j's secp256k1 recovery, as {@code 04 || x || y}; null when nothing is recovered. */
    public static byte[] web3jRecover(DigestSignature signature, byte[] digest) {
        BigInteger key = Sign.recoverFromSignature(signature.recoveryId(),
                new ECDSASignature(signature.r(), signature.s()), digest);
        if (key == null) {
            return null;
        }
        byte[] raw = key.toByteArray();
        byte[] out = new byte[65];
        out[0] = 0x04;
        int length = Math.min(raw.length, 64);
        System.arraycopy(raw, raw.length - length, out, 65 - length, length);
        return out;
    }
}
