package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.Ecdsa;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * TEST ONLY: a {@link KeyVault} whose private keys are BouncyCastle scalars in this JVM's memory, for unit tests
 * of code that signs (withdrawals, receipts, approvals). It lives in the test sources on purpose, so it cannot
 * end up in the service jar or its wiring: a production vault keeps keys in an HSM ({@link Pkcs11KeyVault}).
 * Signatures are deterministic (RFC 6979 with SHA-256) and finished by the same {@link Ecdsa} code as the HSM's.
 */
public final class InMemoryKeyVault implements KeyVault {
    private final SecureRandom random;
    private final Map<KeyLabel, Entry> keys = new ConcurrentHashMap<>();

    private record Entry(KeyInfo info, BigInteger privateKey) {
    }

    public InMemoryKeyVault(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public synchronized KeyInfo generate(KeyLabel label, KeyCurve curve) {
        Entry existing = keys.get(label);
        if (existing != null) {
            if (existing.info().curve() != curve) {
                throw KeyVaultException.conflict(label, existing.info().curve());
            }
            return existing.info();
        }
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain(curve), random));
        var pair = generator.generateKeyPair();
        return put(label, curve, ((ECPrivateKeyParameters) pair.getPrivate()).getD(),
                ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false));
    }

    /** Adds a known private key, for tests against published vectors. */
    public synchronized KeyInfo importKey(KeyLabel label, KeyCurve curve, BigInteger privateKey) {
        if (keys.containsKey(label)) {
            throw KeyVaultException.conflict(label, keys.get(label).info().curve());
        }
        byte[] publicKey = curve.parameters().getG().multiply(privateKey).normalize().getEncoded(false);
        return put(label, curve, privateKey, publicKey);
    }

    private KeyInfo put(KeyLabel label, KeyCurve curve, BigInteger privateKey, byte[] publicKey) {
        KeyInfo info = new KeyInfo(label, curve, publicKey);
        keys.put(label, new Entry(info, privateKey));
        return info;
    }

    @Override
    public List<KeyInfo> list() {
        return keys.values().stream().map(Entry::info)
                .sorted(Comparator.comparing(info -> info.label().value())).toList();
    }

    @Override
    public Optional<KeyInfo> publicKey(KeyLabel label) {
        return Optional.ofNullable(keys.get(label)).map(Entry::info);
    }

    @Override
    public DigestSignature signDigest(KeyLabel label, byte[] digest) {
        Ecdsa.requireDigest(digest);
        Entry entry = keys.get(label);
        if (entry == null) {
            throw KeyVaultException.notFound(label);
        }
        KeyCurve curve = entry.info().curve();
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(entry.privateKey(), domain(curve)));
        BigInteger[] rs = signer.generateSignature(digest);
        return Ecdsa.finish(curve, rs[0], rs[1], digest, entry.info().publicKey());
    }

    private static ECDomainParameters domain(KeyCurve curve) {
        return new ECDomainParameters(curve.parameters());
    }

    @Override
    public String toString() {
        return "InMemoryKeyVault[" + keys.size() + " keys, test only]";
    }
}
