package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import io.usdtcustody.model.errors.ErrorCode;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seeds sealed by an AES-256 key in the PKCS#11 token, with {@code AES/GCM/NoPadding} computed by the token
 * through SunPKCS11 ({@code CKM_AES_GCM}): the key is generated inside the token as a private, sensitive,
 * never-extractable token object usable only to encrypt and decrypt (see
 * {@link SunPkcs11Providers#wrappingKeyGenerationConfig}), found again by its label through SunPKCS11's key
 * store, and created when the vault opens if it is missing. The IV is 12 random bytes from the injected
 * {@link SecureRandom}; the tag is 128 bits. Ciphertexts name their key, so a later wrapping key can take over
 * for new seeds while old ones still open.
 *
 * <p>Creating the key is serialised within one process; the first start of several replicas should be a single
 * instance (as for the hot wallets' keys), or two keys could end up under one label.
 */
public final class Pkcs11SeedVault implements SeedVault {
    /** The wrapping key custody creates and seals new seeds with. */
    public static final KeyLabel DEFAULT_WRAPPING_KEY = KeyLabel.of("seed-wrap-1");
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = WrappedSecret.TAG_BYTES * 8;

    private final Pkcs11Config config;
    private final SunPkcs11Providers providers;
    private final Provider provider;
    private final KeyLabel wrappingKey;
    private final SecureRandom random;
    private final Map<KeyLabel, SecretKey> keys = new ConcurrentHashMap<>();

    private Pkcs11SeedVault(Pkcs11Config config, SunPkcs11Providers providers, Provider provider, KeyLabel wrappingKey,
                            SecureRandom random) {
        this.config = config;
        this.providers = providers;
        this.provider = provider;
        this.wrappingKey = wrappingKey;
        this.random = random;
    }

    /** Opens the token, logs in, and creates {@code wrappingKey} in it unless it is there already. */
    public static Pkcs11SeedVault open(Pkcs11Config config, KeyLabel wrappingKey, SecureRandom random) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(wrappingKey, "wrappingKey");
        Objects.requireNonNull(random, "random");
        SunPkcs11Providers providers = SunPkcs11Providers.forToken(config);
        Provider provider = SunPkcs11Providers.configure(providers.vaultConfig());
        Pkcs11SeedVault vault = new Pkcs11SeedVault(config, providers, provider, wrappingKey, random);
        vault.ensureWrappingKey();
        return vault;
    }

    @Override
    public KeyLabel wrappingKey() {
        return wrappingKey;
    }

    @Override
    public WrappedSecret wrap(byte[] secret, byte[] associatedData) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(associatedData, "associatedData");
        if (secret.length == 0) {
            throw KeyVaultException.invalid("there is nothing to wrap");
        }
        byte[] iv = new byte[WrappedSecret.IV_BYTES];
        random.nextBytes(iv);
        byte[] ciphertext = withRelogin(wrappingKey, key -> crypt(Cipher.ENCRYPT_MODE, key, iv, associatedData, secret));
        return new WrappedSecret(wrappingKey, iv, ciphertext);
    }

    @Override
    public byte[] unwrap(WrappedSecret wrapped, byte[] associatedData) {
        Objects.requireNonNull(wrapped, "wrapped");
        Objects.requireNonNull(associatedData, "associatedData");
        byte[] iv = wrapped.iv();
        byte[] ciphertext = wrapped.ciphertext();
        return withRelogin(wrapped.wrappingKey(),
                key -> crypt(Cipher.DECRYPT_MODE, key, iv, associatedData, ciphertext));
    }

    private interface KeyUse {
        byte[] apply(SecretKey key) throws GeneralSecurityException;
    }

    /** Runs {@code use}; if the token logged the application out, logs in once more and retries. */
    private byte[] withRelogin(KeyLabel label, KeyUse use) {
        try {
            return use.apply(key(label));
        } catch (AEADBadTagException e) {
            throw notAuthentic(e);
        } catch (GeneralSecurityException | ProviderException e) {
            if (!Pkcs11KeyVault.loggedOut(e)) {
                throw KeyVaultException.unavailable("the HSM could not use wrapping key " + label, e);
            }
        }
        keys.clear(); // a logout invalidates every handle to a private object
        try {
            return use.apply(key(label));
        } catch (AEADBadTagException e) {
            throw notAuthentic(e);
        } catch (GeneralSecurityException | ProviderException e) {
            throw KeyVaultException.unavailable("the HSM could not use wrapping key " + label, e);
        }
    }

    private static KeyVaultException notAuthentic(AEADBadTagException cause) {
        return KeyVaultException.internal("the wrapped secret does not authenticate under its associated data", cause);
    }

    private byte[] crypt(int mode, SecretKey key, byte[] iv, byte[] associatedData, byte[] input)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION, provider);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(input);
    }

    private SecretKey key(KeyLabel label) {
        SecretKey known = keys.get(label);
        if (known != null) {
            return known;
        }
        SecretKey found = find(label);
        if (found == null) {
            throw KeyVaultException.notFound(label);
        }
        keys.put(label, found);
        return found;
    }

    /** Logs in (a no-op while logged in) and looks the AES key up by its label; null when there is none. */
    private SecretKey find(KeyLabel label) {
        KeyStore keyStore = providers.login(provider);
        try {
            Key key = keyStore.getKey(label.value(), null);
            if (key == null) {
                return null;
            }
            if (!(key instanceof SecretKey secret) || !"AES".equals(secret.getAlgorithm())) {
                throw new KeyVaultException(ErrorCode.CONFLICT, "the label " + label + " is taken by a key that is not AES",
                        null);
            }
            return secret;
        } catch (GeneralSecurityException | ProviderException e) {
            throw KeyVaultException.unavailable("cannot read the keys of token " + config.tokenLabel(), e);
        }
    }

    private synchronized void ensureWrappingKey() {
        if (find(wrappingKey) != null) {
            return;
        }
        try {
            Provider generator = SunPkcs11Providers.configure(providers.wrappingKeyGenerationConfig(wrappingKey));
            providers.login(generator);
            KeyGenerator aes = KeyGenerator.getInstance("AES", generator);
            aes.init(256, random);
            aes.generateKey();
        } catch (GeneralSecurityException | ProviderException e) {
            throw KeyVaultException.unavailable("the HSM could not generate wrapping key " + wrappingKey, e);
        }
        if (find(wrappingKey) == null) {
            throw KeyVaultException.internal("the new wrapping key " + wrappingKey + " is not on the token", null);
        }
    }

    @Override
    public String toString() {
        return "Pkcs11SeedVault[token=" + config.tokenLabel() + ", wrappingKey=" + wrappingKey + "]";
    }
}
