package io.usdtcustody.custody.keyvault.adapter;

import static io.usdtcustody.custody.keyvault.adapter.SoftHsmEnvironment.HOT;
import static io.usdtcustody.custody.keyvault.adapter.SoftHsmEnvironment.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.SignatureChecks;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import java.nio.charset.StandardCharsets;
import java.security.AuthProvider;
import java.security.Key;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sweep keys on SoftHSM2: the seed-wrapping AES key (attributes as pkcs11-tool shows them, AES-GCM bound to
 * its associated data) and the session key that signs for a deposit address (it signs for the address that the
 * account xpub gives, and nothing is left in the token afterwards). Run by {@link Pkcs11SweepKeysIT} in the HSM
 * process.
 */
class Pkcs11SweepKeysOnSoftHsm {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static Pkcs11SessionKeySigner sessionKeys;

    @BeforeAll
    static void open() {
        SoftHsmEnvironment.assumePresent();
        sessionKeys = Pkcs11SessionKeySigner.open(config(HOT));
    }

    @Test
    void open_shouldCreateASensitiveNeverExtractableAesKey_whenTheWrappingKeyIsMissing() throws Exception {
        KeyLabel label = label("wrap");

        Pkcs11SeedVault.open(config(HOT), label, RANDOM);

        String listing = SoftHsmEnvironment.listObjects(HOT, "secrkey");
        String object = objects(listing, "Secret Key Object").stream()
                .filter(o -> field(o, "label").equals(label.value())).findFirst().orElseThrow();
        assertThat(object).contains("AES length 32");
        assertThat(field(object, "Access")).contains("sensitive", "always sensitive", "never extractable")
                .doesNotContainPattern("(^|, )extractable");
        assertThat(field(object, "Usage")).isEqualTo("encrypt, decrypt");
        Key handle = SunPkcs11Providers.forToken(config(HOT)).login(vaultProvider()).getKey(label.value(), null);
        assertThat(handle.getEncoded()).as("no key bytes leave the token").isNull();
        assertThat(handle.toString()).contains("token object", "sensitive", "unextractable");
        System.out.println("pkcs11-tool --list-objects --type secrkey:\n" + object.strip());
    }

    @Test
    void unwrap_shouldOpenTheSeedOnlyUnderTheSameAssociatedData_whenSealedInTheHsm() {
        Pkcs11SeedVault seeds = Pkcs11SeedVault.open(config(HOT), label("aad"), RANDOM);
        byte[] seed = random(64);
        byte[] tenantA = "usdt-custody/account-seed/v1|tenant-a|ETHEREUM".getBytes(StandardCharsets.UTF_8);
        byte[] tenantB = "usdt-custody/account-seed/v1|tenant-b|ETHEREUM".getBytes(StandardCharsets.UTF_8);

        WrappedSecret wrapped = seeds.wrap(seed, tenantA);

        assertThat(wrapped.ciphertext()).hasSize(64 + WrappedSecret.TAG_BYTES).isNotEqualTo(seed);
        assertThat(seeds.unwrap(wrapped, tenantA)).isEqualTo(seed);
        KeyVaultException otherTenant = catchThrowableOfType(KeyVaultException.class, () -> seeds.unwrap(wrapped, tenantB));
        assertThat(otherTenant.errorCode()).isEqualTo(ErrorCode.INTERNAL);
        byte[] flipped = wrapped.ciphertext();
        flipped[3] ^= 1;
        WrappedSecret tampered = new WrappedSecret(wrapped.wrappingKey(), wrapped.iv(), flipped);
        assertThat(catchThrowableOfType(KeyVaultException.class, () -> seeds.unwrap(tampered, tenantA)).errorCode())
                .isEqualTo(ErrorCode.INTERNAL);
        assertThat(seeds.wrap(seed, tenantA).iv()).as("a fresh IV every time").isNotEqualTo(wrapped.iv());
    }

    @Test
    void unwrap_shouldOpenWhatAnotherInstanceSealed_whenTheTokenIsReopened() {
        KeyLabel label = label("reopen");
        byte[] aad = "purpose".getBytes(StandardCharsets.UTF_8);
        byte[] seed = random(32);
        WrappedSecret wrapped = Pkcs11SeedVault.open(config(HOT), label, RANDOM).wrap(seed, aad);

        Pkcs11SeedVault reopened = Pkcs11SeedVault.open(config(HOT), label, RANDOM);

        assertThat(reopened.unwrap(wrapped, aad)).isEqualTo(seed);
    }

    @Test
    void sign_shouldSignForTheAddressTheXpubDerives_andLeaveNoSessionKeyBehind() {
        byte[] seed = random(64);
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
             ExtendedKey account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"));
             ExtendedKey xpub = account.neuter();
             ExtendedKey publicChild = Bip32.derive(xpub, DerivationPath.parse("m/0/7"));
             ExtendedKey privateChild = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'/0/7"))) {
            String depositAddress = ChainAddress.fromPublicKey(Chain.ETHEREUM, publicChild.publicKey());
            byte[] privateKey = privateChild.privateKeyBytes();
            byte[] digest = random(32);

            DigestSignature signature = sessionKeys.sign(KeyCurve.SECP256K1, privateKey, privateChild.publicKey(), digest);
            Arrays.fill(privateKey, (byte) 0);

            byte[] recovered = SignatureChecks.web3jRecover(signature, digest);
            assertThat(ChainAddress.fromPublicKey(Chain.ETHEREUM, recovered)).as("the key signs for the deposit address")
                    .isEqualTo(depositAddress);
            assertThat(signature.s()).isLessThanOrEqualTo(KeyCurve.SECP256K1.halfOrder());
            assertThat(sessionKeys.sessionPrivateKeys()).as("session private keys left in the token").isZero();
        }
    }

    @Test
    void sign_shouldLeaveNoSessionKey_whenSixteenSignaturesRunAtOnce() throws Exception {
        KeyInfo key = keyOf(SESSION_SCALAR);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> verified = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                verified.add(threads.submit(() -> {
                    byte[] digest = random(32);
                    return SignatureChecks.verifies(key, digest,
                            sessionKeys.sign(KeyCurve.SECP256K1, SESSION_SCALAR.clone(), key.publicKey(), digest));
                }));
            }
            for (Future<Boolean> each : verified) {
                assertThat(each.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sessionKeys.sessionPrivateKeys()).isZero();
    }

    @Test
    void sign_shouldLogInAgain_whenTheTokenLoggedTheApplicationOut() throws Exception {
        KeyInfo key = keyOf(SESSION_SCALAR);
        ((AuthProvider) vaultProvider()).logout();
        byte[] digest = random(32);

        DigestSignature signature = sessionKeys.sign(KeyCurve.SECP256K1, SESSION_SCALAR.clone(), key.publicKey(), digest);

        assertThat(SignatureChecks.verifies(key, digest, signature)).isTrue();
        assertThat(sessionKeys.sessionPrivateKeys()).isZero();
    }

    @Test
    void sign_shouldRefuseAndImportNothing_whenTheScalarIsOutOfRange() {
        byte[] zero = new byte[32];
        byte[] order = HexFormat.of().parseHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

        for (byte[] bad : List.of(zero, order, new byte[31])) {
            KeyVaultException refused = catchThrowableOfType(KeyVaultException.class,
                    () -> sessionKeys.sign(KeyCurve.SECP256K1, bad, keyOf(SESSION_SCALAR).publicKey(), random(32)));
            assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
        assertThat(sessionKeys.sessionPrivateKeys()).isZero();
    }

    @Test
    void listObjects_shouldStillShowEveryTokenPrivateKeyAsSensitiveAndNeverExtractable_afterSessionSignatures()
            throws Exception {
        sessionKeys.sign(KeyCurve.SECP256K1, SESSION_SCALAR.clone(), keyOf(SESSION_SCALAR).publicKey(), random(32));

        List<String> privateKeys = objects(SoftHsmEnvironment.listPrivateKeyObjects(HOT), "Private Key Object");

        assertThat(privateKeys).allSatisfy(object ->
                assertThat(field(object, "Access")).contains("sensitive", "always sensitive", "never extractable"));
    }

    private static final byte[] SESSION_SCALAR = HexFormat.of()
            .parseHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");

    private static KeyInfo keyOf(byte[] scalar) {
        try (ExtendedKey key = ExtendedKey.ofPrivate(0, 0, 0, new byte[32], scalar)) {
            byte[] uncompressed = KeyCurve.SECP256K1.parameters().getCurve().decodePoint(key.publicKey()).getEncoded(false);
            return new KeyInfo(KeyLabel.of("session"), KeyCurve.SECP256K1, uncompressed);
        }
    }

    private static Provider vaultProvider() {
        return SunPkcs11Providers.configure(SunPkcs11Providers.forToken(config(HOT)).vaultConfig());
    }

    private static List<String> objects(String listing, String kind) {
        return Arrays.stream(listing.split("(?m)^(?=\\S)")).filter(b -> b.startsWith(kind)).toList();
    }

    private static String field(String object, String name) {
        Matcher value = Pattern.compile("(?m)^\\s+" + name + ":\\s+(.*)$").matcher(object);
        return value.find() ? value.group(1).strip() : "";
    }

    private static KeyLabel label(String purpose) {
        return KeyLabel.of("it-seed-" + purpose + "-" + HexFormat.of().formatHex(random(5)));
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
