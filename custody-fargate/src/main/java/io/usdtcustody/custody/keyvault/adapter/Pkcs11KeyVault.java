package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.Ecdsa;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The key vault on a PKCS#11 token through Java's SunPKCS11 — SoftHSM2 locally, the CloudHSM PKCS#11 library in
 * AWS, chosen by {@link Pkcs11Config} only.
 *
 * <p>Keys are generated inside the token as private, sensitive, never-extractable token objects labelled with
 * their {@link KeyLabel}, each with a self-signed certificate holding its public key (see
 * {@link SunPkcs11Providers} and {@link KeyCertificates}). Signing is raw {@code NONEwithECDSA} over the
 * caller's digest — SoftHSM2 has no {@code CKM_ECDSA_SHA256}, and chains hash with Keccak anyway — then
 * {@link Ecdsa#finish} normalises s and computes the recovery id in Java, which also proves that the signature
 * belongs to the key. At most {@code maxConcurrentSigners} signatures are in flight; more wait, bounded by
 * {@code signerWait}, instead of exhausting the token's sessions. If the token logs the application out, the
 * vault logs in again once and retries.
 */
public final class Pkcs11KeyVault implements KeyVault {
    private final Pkcs11Config config;
    private final SunPkcs11Providers providers;
    private final Provider provider;
    private final Clock clock;
    private final SignerPermits signers;
    /** Guards the key store (not thread-safe) and serialises key generation. */
    private final Object keyStoreLock = new Object();
    private volatile Map<KeyLabel, TokenKey> keys = Map.of();

    /** A key as found on the token: what may be shown, and the provider's handle to the private key. */
    private record TokenKey(KeyInfo info, PrivateKey handle) {
    }

    private Pkcs11KeyVault(Pkcs11Config config, SunPkcs11Providers providers, Provider provider, Clock clock) {
        this.config = config;
        this.providers = providers;
        this.provider = provider;
        this.clock = clock;
        this.signers = new SignerPermits(config.maxConcurrentSigners(), config.signerWait());
    }

    /** Loads the PKCS#11 library, finds the token, logs in and reads the keys already on it. */
    public static Pkcs11KeyVault open(Pkcs11Config config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        SunPkcs11Providers providers = SunPkcs11Providers.forToken(config);
        Pkcs11KeyVault vault = new Pkcs11KeyVault(config, providers,
                SunPkcs11Providers.configure(providers.vaultConfig()), clock);
        vault.reload();
        return vault;
    }

    @Override
    public KeyInfo generate(KeyLabel label, KeyCurve curve) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(curve, "curve");
        synchronized (keyStoreLock) {
            reloadLocked();
            TokenKey existing = keys.get(label);
            if (existing != null) {
                if (existing.info().curve() != curve) {
                    throw KeyVaultException.conflict(label, existing.info().curve());
                }
                return existing.info();
            }
            try {
                createOnToken(label, curve);
            } catch (GeneralSecurityException | ProviderException e) {
                throw KeyVaultException.unavailable("the HSM could not generate key " + label, e);
            }
            reloadLocked();
            TokenKey created = keys.get(label);
            if (created == null || created.info().curve() != curve) {
                throw KeyVaultException.internal("the new key " + label + " is not on the token as expected", null);
            }
            return created.info();
        }
    }

    @Override
    public List<KeyInfo> list() {
        synchronized (keyStoreLock) {
            reloadLocked();
        }
        return keys.values().stream().map(TokenKey::info)
                .sorted(Comparator.comparing(info -> info.label().value())).toList();
    }

    @Override
    public Optional<KeyInfo> publicKey(KeyLabel label) {
        return find(label).map(TokenKey::info);
    }

    @Override
    public DigestSignature signDigest(KeyLabel label, byte[] digest) {
        Objects.requireNonNull(label, "label");
        Ecdsa.requireDigest(digest);
        byte[] input = digest.clone();
        TokenKey key = find(label).orElseThrow(() -> KeyVaultException.notFound(label));
        byte[] der = signBounded(label, key, input);
        return Ecdsa.finish(key.info().curve(), der, input, key.info().publicKey());
    }

    private byte[] signBounded(KeyLabel label, TokenKey key, byte[] digest) {
        return signers.run(() -> signWithRelogin(label, key, digest));
    }

    private byte[] signWithRelogin(KeyLabel label, TokenKey key, byte[] digest) {
        try {
            return rawSign(provider, key.handle(), digest);
        } catch (GeneralSecurityException | ProviderException e) {
            if (!loggedOut(e)) {
                throw KeyVaultException.unavailable("the HSM could not sign with key " + label, e);
            }
        }
        synchronized (keyStoreLock) {
            reloadLocked(); // logs in again and refreshes the key handles
        }
        TokenKey again = find(label).orElseThrow(() -> KeyVaultException.notFound(label));
        try {
            return rawSign(provider, again.handle(), digest);
        } catch (GeneralSecurityException | ProviderException e) {
            throw KeyVaultException.unavailable("the HSM could not sign with key " + label, e);
        }
    }

    /**
     * Whether the token logged us out: PKCS#11 then invalidates every handle to a private object, so the keys
     * must be looked up again after logging in. (The wrapper's exception class is JDK-internal; its message is
     * the return code's name.)
     */
    static boolean loggedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("CKR_USER_NOT_LOGGED_IN")
                    || message.contains("CKR_KEY_HANDLE_INVALID") || message.contains("CKR_OBJECT_HANDLE_INVALID"))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] rawSign(Provider provider, PrivateKey key, byte[] digest) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("NONEwithECDSA", provider);
        signature.initSign(key);
        signature.update(digest);
        return signature.sign();
    }

    private Optional<TokenKey> find(KeyLabel label) {
        Objects.requireNonNull(label, "label");
        TokenKey key = keys.get(label);
        if (key == null) {
            synchronized (keyStoreLock) { // another instance may have created it since we last looked
                reloadLocked();
            }
            key = keys.get(label);
        }
        return Optional.ofNullable(key);
    }

    /** Generates the pair in the token and stores the certificate that names it; see the class comment. */
    private void createOnToken(KeyLabel label, KeyCurve curve) throws GeneralSecurityException {
        Provider generator = SunPkcs11Providers.configure(providers.generationConfig(label));
        KeyStore generatorStore = providers.login(generator);
        KeyPairGenerator pairs = KeyPairGenerator.getInstance("EC", generator);
        pairs.initialize(new ECGenParameterSpec(curve.standardName()));
        KeyPair pair = pairs.generateKeyPair();
        X509Certificate certificate = KeyCertificates.selfSigned(label, pair.getPublic(), clock.instant(),
                digest -> rawSign(generator, pair.getPrivate(), digest));
        generatorStore.setEntry(label.value(),
                new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] {certificate}), null);
    }

    private void reload() {
        synchronized (keyStoreLock) {
            reloadLocked();
        }
    }

    /** Logs in (a no-op when still logged in) and maps every labelled EC key entry on the token. */
    private void reloadLocked() {
        KeyStore keyStore = providers.login(provider);
        Map<KeyLabel, TokenKey> found = new HashMap<>();
        try {
            for (String alias : Collections.list(keyStore.aliases())) {
                if (!KeyLabel.isValid(alias) || !keyStore.isKeyEntry(alias)) {
                    continue; // not one of ours
                }
                Certificate certificate = keyStore.getCertificate(alias);
                if (certificate == null || !(certificate.getPublicKey() instanceof ECPublicKey publicKey)) {
                    continue;
                }
                Optional<KeyCurve> curve = KeyCurve.of(publicKey.getParams());
                Key handle = keyStore.getKey(alias, null);
                if (curve.isPresent() && handle instanceof PrivateKey privateKey) {
                    KeyLabel label = KeyLabel.of(alias);
                    found.put(label, new TokenKey(new KeyInfo(label, curve.get(), uncompressed(publicKey, curve.get())),
                            privateKey));
                }
            }
        } catch (GeneralSecurityException | ProviderException e) {
            throw KeyVaultException.unavailable("cannot read the keys of token " + config.tokenLabel(), e);
        }
        keys = Map.copyOf(found);
    }

    private static byte[] uncompressed(ECPublicKey publicKey, KeyCurve curve) {
        return curve.parameters().getCurve()
                .createPoint(publicKey.getW().getAffineX(), publicKey.getW().getAffineY()).getEncoded(false);
    }

    @Override
    public String toString() {
        return "Pkcs11KeyVault[token=" + config.tokenLabel() + ", library=" + config.library() + "]";
    }
}
