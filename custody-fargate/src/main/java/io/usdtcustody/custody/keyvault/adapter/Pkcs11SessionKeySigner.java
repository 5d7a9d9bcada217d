package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.Ecdsa;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Module.Attribute;
import io.usdtcustody.custody.keyvault.port.SessionKeySigner;
import java.io.IOException;
import java.math.BigInteger;
import java.security.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * Signs with an in-memory private key by importing it into the PKCS#11 token for exactly one signature:
 * {@code C_OpenSession} → {@code C_CreateObject} (a private EC key with {@code CKA_TOKEN=false},
 * {@code CKA_PRIVATE}, {@code CKA_SENSITIVE=true}, {@code CKA_EXTRACTABLE=false}, usable only to sign) →
 * {@code C_Sign} with raw {@code CKM_ECDSA} → {@code C_DestroyObject} → {@code C_CloseSession} (which would
 * destroy the object too, should the explicit destroy fail). Nothing about the key outlives the call in the
 * token, and no other process ever sees it: PKCS#11 session objects are private to the application.
 *
 * <p>Why not SunPKCS11's {@code KeyFactory}: it imports a key just as well, but JDK 17's {@code P11Key} has no
 * {@code destroy()} — the session object lives until the garbage collector finds the key and a cleaner
 * destroys it — and destroying it behind the provider's back leaves the provider to destroy the handle again
 * later, which on a token that reuses handles could hit another object. It would also need the scalar as a
 * {@link BigInteger} ({@code ECPrivateKeySpec}), one more copy that can never be overwritten. The raw calls go
 * through the same JNI wrapper SunPKCS11 uses ({@link Pkcs11Module}), in the same module and login.
 *
 * <p>What stays outside the token: the caller's array (the caller overwrites it), and the copy the JNI layer
 * makes for {@code C_CreateObject}, which it frees without overwriting. See the README, "Deposit sweeps and
 * sweep keys", for the whole trade-off against an HSM that derives BIP32 keys itself.
 */
public final class Pkcs11SessionKeySigner implements SessionKeySigner {
    private static final int MAX_LISTED = 1024;

    private final Pkcs11Config config;
    private final SunPkcs11Providers providers;
    private final Provider provider;
    private final Pkcs11Module module;
    private final long slot;
    private final SignerPermits signers;

    private Pkcs11SessionKeySigner(Pkcs11Config config, SunPkcs11Providers providers, Provider provider,
                                   Pkcs11Module module, long slot) {
        this.config = config;
        this.providers = providers;
        this.provider = provider;
        this.module = module;
        this.slot = slot;
        this.signers = new SignerPermits(config.maxConcurrentSigners(), config.signerWait());
    }

    /** Loads the library, finds the token and logs in. */
    public static Pkcs11SessionKeySigner open(Pkcs11Config config) {
        Objects.requireNonNull(config, "config");
        SunPkcs11Providers providers = SunPkcs11Providers.forToken(config);
        Provider provider = SunPkcs11Providers.configure(providers.vaultConfig());
        providers.login(provider);
        return new Pkcs11SessionKeySigner(config, providers, provider, Pkcs11Module.of(config.library()),
                Pkcs11TokenSlots.slotId(config));
    }

    @Override
    public DigestSignature sign(KeyCurve curve, byte[] privateKey, byte[] publicKey, byte[] digest) {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(publicKey, "publicKey");
        Ecdsa.requireDigest(digest);
        requireScalar(curve, privateKey);
        byte[] input = digest.clone();
        byte[] raw = signers.run(() -> signWithRelogin(curve, privateKey, input));
        if (raw.length != 2 * DigestSignature.SCALAR_BYTES) {
            throw KeyVaultException.internal("the HSM returned a signature of unexpected length", null);
        }
        int half = DigestSignature.SCALAR_BYTES;
        return Ecdsa.finish(curve, new BigInteger(1, Arrays.copyOfRange(raw, 0, half)),
                new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)), input, publicKey);
    }

    /**
     * How many private-key session objects this application has on the token now: zero whenever no signature is
     * in flight (what tests and operators check; another process cannot see them, PKCS#11 session objects are
     * private to the application).
     */
    public int sessionPrivateKeys() {
        try {
            long session = module.openSession(slot);
            try {
                return module.findObjects(session, List.of(Attribute.of(Pkcs11Module.CKA_CLASS, Pkcs11Module.CKO_PRIVATE_KEY),
                        Attribute.of(Pkcs11Module.CKA_TOKEN, false)), MAX_LISTED).length;
            } finally {
                module.closeSession(session);
            }
        } catch (Pkcs11Module.Pkcs11CallException e) {
            throw KeyVaultException.unavailable("cannot list the session objects of token " + config.tokenLabel(), e);
        }
    }

    private byte[] signWithRelogin(KeyCurve curve, byte[] privateKey, byte[] digest) {
        try {
            return signOnce(curve, privateKey, digest);
        } catch (Pkcs11Module.Pkcs11CallException e) {
            if (!Pkcs11KeyVault.loggedOut(e)) {
                throw KeyVaultException.unavailable("the HSM could not sign with a session key", e);
            }
        }
        providers.login(provider);
        try {
            return signOnce(curve, privateKey, digest);
        } catch (Pkcs11Module.Pkcs11CallException e) {
            throw KeyVaultException.unavailable("the HSM could not sign with a session key", e);
        }
    }

    private byte[] signOnce(KeyCurve curve, byte[] privateKey, byte[] digest) throws Pkcs11Module.Pkcs11CallException {
        long session = module.openSession(slot);
        try {
            long key = module.createObject(session, template(curve, privateKey));
            try {
                return module.sign(session, Pkcs11Module.CKM_ECDSA, key, digest);
            } finally {
                module.destroyObject(session, key);
            }
        } finally {
            module.closeSession(session);
        }
    }

    /** The imported key's attributes; the value attribute refers to the caller's array, not a copy. */
    private static List<Attribute> template(KeyCurve curve, byte[] privateKey) {
        return List.of(
                Attribute.of(Pkcs11Module.CKA_CLASS, Pkcs11Module.CKO_PRIVATE_KEY),
                Attribute.of(Pkcs11Module.CKA_KEY_TYPE, Pkcs11Module.CKK_EC),
                Attribute.of(Pkcs11Module.CKA_TOKEN, false),
                Attribute.of(Pkcs11Module.CKA_PRIVATE, true),
                Attribute.of(Pkcs11Module.CKA_SENSITIVE, true),
                Attribute.of(Pkcs11Module.CKA_EXTRACTABLE, false),
                Attribute.of(Pkcs11Module.CKA_SIGN, true),
                Attribute.of(Pkcs11Module.CKA_DECRYPT, false),
                Attribute.of(Pkcs11Module.CKA_UNWRAP, false),
                Attribute.of(Pkcs11Module.CKA_DERIVE, false),
                new Attribute(Pkcs11Module.CKA_EC_PARAMS, curveOid(curve)),
                new Attribute(Pkcs11Module.CKA_VALUE, privateKey));
    }

    private static byte[] curveOid(KeyCurve curve) {
        try {
            return ECNamedCurveTable.getOID(curve.standardName()).getEncoded();
        } catch (IOException e) {
            throw KeyVaultException.internal("cannot encode the curve of a session key", e);
        }
    }

    /** 32 bytes, big-endian, in 1..n-1, checked without making a number of it. */
    private static void requireScalar(KeyCurve curve, byte[] privateKey) {
        if (privateKey == null || privateKey.length != DigestSignature.SCALAR_BYTES) {
            throw KeyVaultException.invalid("a session key is a 32-byte scalar");
        }
        byte[] n = fixed(curve.order());
        int zero = 0;
        int compared = 0;
        for (int i = 0; i < privateKey.length; i++) {
            zero |= privateKey[i];
            if (compared == 0) {
                compared = Integer.compare(privateKey[i] & 0xff, n[i] & 0xff);
            }
        }
        if (zero == 0 || compared >= 0) {
            throw KeyVaultException.invalid("a session key is a scalar in 1..n-1");
        }
    }

    private static byte[] fixed(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[DigestSignature.SCALAR_BYTES];
        int length = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - length, out, out.length - length, length);
        return out;
    }

    @Override
    public String toString() {
        return "Pkcs11SessionKeySigner[token=" + config.tokenLabel() + "]";
    }
}
