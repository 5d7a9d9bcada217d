package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.Ecdsa;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.SessionKeySigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * TEST ONLY: a {@link SessionKeySigner} that signs in this JVM with BouncyCastle (RFC 6979), finished by the same
 * {@link Ecdsa} code as the HSM's. It keeps a reference to every private-key array it was given, so tests can
 * check that the caller overwrote them afterwards. Production imports the key into the HSM
 * ({@link Pkcs11SessionKeySigner}).
 */
public final class InMemorySessionKeySigner implements SessionKeySigner {
    private final List<byte[]> given = new ArrayList<>();

    @Override
    public synchronized DigestSignature sign(KeyCurve curve, byte[] privateKey, byte[] publicKey, byte[] digest) {
        Ecdsa.requireDigest(digest);
        if (privateKey == null || privateKey.length != 32) {
            throw KeyVaultException.invalid("a session key is a 32-byte scalar");
        }
        given.add(privateKey);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, privateKey),
                new ECDomainParameters(curve.parameters())));
        BigInteger[] rs = signer.generateSignature(digest);
        return Ecdsa.finish(curve, rs[0], rs[1], digest, publicKey);
    }

    /** The private-key arrays callers passed in, as they are now (all zero once callers wiped them). */
    public synchronized List<byte[]> givenKeys() {
        return List.copyOf(given);
    }
}
