package io.usdtcustody.custody.chain.tron;

import io.usdtcustody.custody.signing.RecoverableSignature;
import java.math.BigInteger;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** TRON's signature wire format (65 bytes {@code r || s || v}) and address recovery from a txid. */
public final class TronSignatures {
    public static final int TRON_BYTES = 65;

    private TronSignatures() {
    }

    /** From TRON's 65 bytes {@code r || s || v}, v being 0/1 or 27/28. */
    public static RecoverableSignature fromTronBytes(byte[] bytes) {
        if (bytes == null || bytes.length != TRON_BYTES) {
            throw new IllegalArgumentException("a TRON signature is 65 bytes");
        }
        int v = Byte.toUnsignedInt(bytes[64]);
        int recoveryId = v >= 27 ? v - 27 : v;
        return RecoverableSignature.of(new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 0, 32)),
                new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 32, 64)), recoveryId);
    }

    /** TRON's 65 bytes: {@code r || s || recoveryId}. */
    public static byte[] toTronBytes(RecoverableSignature signature) {
        byte[] out = new byte[TRON_BYTES];
        System.arraycopy(Numeric.toBytesPadded(signature.r(), 32), 0, out, 0, 32);
        System.arraycopy(Numeric.toBytesPadded(signature.s(), 32), 0, out, 32, 32);
        out[64] = (byte) signature.recoveryId();
        return out;
    }

    /** The address of the key that made {@code signature} over {@code digest32}. */
    public static TronAddress recoverAddress(RecoverableSignature signature, byte[] digest32) {
        if (digest32 == null || digest32.length != 32) {
            throw new IllegalArgumentException("a digest is 32 bytes");
        }
        BigInteger publicKey = Sign.recoverFromSignature(signature.recoveryId(),
                new ECDSASignature(signature.r(), signature.s()), digest32);
        if (publicKey == null) {
            throw new IllegalArgumentException("no public key recovers from this signature and digest");
        }
        return TronAddress.fromAccount(Numeric.hexStringToByteArray(Keys.getAddress(publicKey)));
    }
}
