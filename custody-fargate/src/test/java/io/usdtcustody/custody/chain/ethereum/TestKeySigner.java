package io.usdtcustody.custody.chain.ethereum;

import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/** A test-only signer over an in-memory key (web3j's RFC 6979 ECDSA); production keys live in the HSM. */
public final class TestKeySigner implements DigestSigner {
    public final ECKeyPair key;

    public TestKeySigner(ECKeyPair key) {
        this.key = key;
    }

    public static TestKeySigner random() {
        try {
            return new TestKeySigner(Keys.createEcKeyPair());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String address() {
        return "0x" + Keys.getAddress(key);
    }

    @Override
    public RecoverableSignature sign(byte[] digest) {
        Sign.SignatureData data = Sign.signMessage(digest, key, false);
        return new RecoverableSignature(new BigInteger(1, data.getR()), new BigInteger(1, data.getS()), data.getV()[0] - 27);
    }
}
