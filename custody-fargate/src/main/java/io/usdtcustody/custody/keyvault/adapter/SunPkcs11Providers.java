package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Builds SunPKCS11 providers for one token from generated configuration text, and logs them in.
 *
 * <p>Two shapes: the vault's provider, which only finds and uses keys; and a short-lived provider per key
 * generation whose {@code attributes(generate, ...)} template makes the new private key a token object that is
 * private, sensitive, never extractable, usable only for signing, and carries the key's label as
 * {@code CKA_LABEL} and {@code CKA_ID} — a template is fixed per provider, and SunPKCS11 offers no other way to
 * set a private key's label. The public key stays a session object: the token keeps it in the key's
 * certificate.
 */
final class SunPkcs11Providers {
    private final Pkcs11Config config;
    private final String slotLine;

    private SunPkcs11Providers(Pkcs11Config config, String slotLine) {
        this.config = config;
        this.slotLine = slotLine;
    }

    /** Resolves the token's slot once; every provider made afterwards points at that slot. */
    static SunPkcs11Providers forToken(Pkcs11Config config) {
        String slotLine = config.slotListIndex().isPresent()
                ? "slotListIndex = " + config.slotListIndex().getAsInt()
                : "slot = " + Pkcs11TokenSlots.slotOf(config.library(), config.tokenLabel());
        return new SunPkcs11Providers(config, slotLine);
    }

    /** Configuration text of the vault's provider: no templates, it never creates keys. */
    String vaultConfig() {
        return header("usdt-vault");
    }

    /** Configuration text of the provider that generates the key {@code label}. */
    String generationConfig(KeyLabel label) {
        String hexLabel = hexLabel(label);
        return header("usdt-keygen")
                + "attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {\n"
                + "  CKA_TOKEN = true\n"
                + "  CKA_PRIVATE = true\n"
                + "  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n"
                + "  CKA_SIGN = true\n"
                + "  CKA_DECRYPT = false\n"
                + "  CKA_UNWRAP = false\n"
                + "  CKA_DERIVE = false\n"
                + "  CKA_LABEL = " + hexLabel + "\n"
                + "  CKA_ID = " + hexLabel + "\n"
                + "}\n"
                + "attributes(generate, CKO_PUBLIC_KEY, CKK_EC) = {\n"
                + "  CKA_TOKEN = false\n"
                + "  CKA_VERIFY = true\n"
                + "}\n";
    }

    /**
     * Configuration text of the provider that generates the AES-256 wrapping key {@code label}: a private,
     * sensitive, never-extractable token object that can only encrypt and decrypt (no wrap/unwrap of other
     * keys, no signing, no derivation), labelled like the vault's keys.
     */
    String wrappingKeyGenerationConfig(KeyLabel label) {
        String hexLabel = hexLabel(label);
        return header("usdt-wrapgen")
                + "attributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n"
                + "  CKA_TOKEN = true\n"
                + "  CKA_PRIVATE = true\n"
                + "  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n"
                + "  CKA_ENCRYPT = true\n"
                + "  CKA_DECRYPT = true\n"
                + "  CKA_WRAP = false\n"
                + "  CKA_UNWRAP = false\n"
                + "  CKA_SIGN = false\n"
                + "  CKA_VERIFY = false\n"
                + "  CKA_DERIVE = false\n"
                + "  CKA_LABEL = " + hexLabel + "\n"
                + "  CKA_ID = " + hexLabel + "\n"
                + "}\n";
    }

    private String header(String name) {
        return "name = " + name + "\n" + "library = " + config.library() + "\n" + slotLine + "\n";
    }

    /** A label as a PKCS#11 attribute value in SunPKCS11's configuration syntax ({@code 0h<hex>}). */
    private static String hexLabel(KeyLabel label) {
        return "0h" + HexFormat.of().formatHex(label.value().getBytes(StandardCharsets.US_ASCII));
    }

    /** A provider for {@code configText}, not registered with {@link Security}: nothing else picks it up. */
    static Provider configure(String configText) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw KeyVaultException.unavailable("this JDK has no SunPKCS11 provider", null);
        }
        try {
            return base.configure("--" + configText);
        } catch (RuntimeException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot be loaded", e);
        }
    }

    /**
     * The provider's key store, logged in to the token (login is per application in PKCS#11, so this also
     * serves every other provider on the same library). The PIN array is overwritten before returning.
     */
    KeyStore login(Provider provider) {
        char[] pin = config.pinSource().pin(config.tokenLabel());
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, pin);
            return keyStore;
        } catch (Exception e) {
            // the cause names the PKCS#11 return code (e.g. CKR_PIN_INCORRECT), never the PIN
            throw KeyVaultException.unavailable("cannot log in to token " + config.tokenLabel(), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
