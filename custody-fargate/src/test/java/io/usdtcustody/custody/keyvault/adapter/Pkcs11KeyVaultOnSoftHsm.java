package io.usdtcustody.custody.keyvault.adapter;

import static io.usdtcustody.custody.keyvault.adapter.SoftHsmEnvironment.COLD;
import static io.usdtcustody.custody.keyvault.adapter.SoftHsmEnvironment.HOT;
import static io.usdtcustody.custody.keyvault.adapter.SoftHsmEnvironment.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.SignatureChecks;
import io.usdtcustody.model.errors.ErrorCode;
import java.security.AuthProvider;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SunPKCS11 vault against SoftHSM2's tokens: signatures, concurrency, persistence, and that private keys
 * stay inside the token. Run by {@link Pkcs11KeyVaultIT} in the HSM process; every test uses fresh labels.
 */
class Pkcs11KeyVaultOnSoftHsm {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock CLOCK = Clock.systemUTC();
    private static Pkcs11KeyVault hot;

    @BeforeAll
    static void open() {
        SoftHsmEnvironment.assumePresent();
        hot = Pkcs11KeyVault.open(config(HOT), CLOCK);
    }

    @Test
    void signDigest_shouldVerifyRecoverTheKeyAndHaveLowS_whenSigning100RandomSecp256k1Digests() {
        KeyInfo key = hot.generate(label("k1"), KeyCurve.SECP256K1);
        for (int i = 0; i < 100; i++) {
            byte[] digest = randomDigest();

            DigestSignature signature = hot.signDigest(key.label(), digest);

            assertThat(SignatureChecks.verifies(key, digest, signature)).as("BouncyCastle verifies").isTrue();
            assertThat(signature.s()).isLessThanOrEqualTo(KeyCurve.SECP256K1.halfOrder());
            assertThat(signature.recoveryId()).isBetween(0, 1);
            assertThat(SignatureChecks.web3jRecover(signature, digest)).as("web3j recovers the key")
                    .isEqualTo(key.publicKey());
        }
    }

    @Test
    void signDigest_shouldGiveDerThatJcaVerifies_whenSigning100RandomP256Digests() throws Exception {
        KeyInfo key = hot.generate(label("p256"), KeyCurve.P256);
        for (int i = 0; i < 100; i++) {
            byte[] receipt = randomDigest();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(receipt);

            DigestSignature signature = hot.signDigest(key.label(), digest);

            assertThat(SignatureChecks.verifies(key, digest, signature)).isTrue();
            Signature partner = Signature.getInstance("SHA256withECDSA");
            partner.initVerify(SignatureChecks.jcaPublicKey(key));
            partner.update(receipt);
            assertThat(partner.verify(signature.der())).as("SunEC verifies the receipt").isTrue();
        }
    }

    @Test
    void signDigest_shouldSignCorrectly_whenSixteenThreadsSignAtOnce() throws Exception {
        Pkcs11KeyVault limited = Pkcs11KeyVault.open(config(HOT).withSigners(4, Duration.ofSeconds(60)), CLOCK);
        List<KeyInfo> keys = List.of(limited.generate(label("mt-k1"), KeyCurve.SECP256K1),
                limited.generate(label("mt-p256"), KeyCurve.P256));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> verified = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                KeyInfo key = keys.get(t % 2);
                verified.add(threads.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < 25; i++) {
                        byte[] digest = randomDigest();
                        DigestSignature signature = limited.signDigest(key.label(), digest);
                        if (SignatureChecks.verifies(key, digest, signature)
                                && signature.s().compareTo(key.curve().halfOrder()) <= 0) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> thread : verified) {
                assertThat(thread.get()).isEqualTo(25);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void open_shouldFindTheSameKeys_whenTheTokenIsReopenedByANewProvider() {
        KeyInfo chain = hot.generate(label("persist-k1"), KeyCurve.SECP256K1);
        KeyInfo receipts = hot.generate(label("persist-p256"), KeyCurve.P256);

        Pkcs11KeyVault reopened = Pkcs11KeyVault.open(config(HOT), CLOCK);

        assertThat(reopened.list()).contains(chain, receipts);
        byte[] digest = randomDigest();
        assertThat(SignatureChecks.verifies(chain, digest, reopened.signDigest(chain.label(), digest))).isTrue();
        assertThat(SignatureChecks.verifies(receipts, digest, reopened.signDigest(receipts.label(), digest))).isTrue();
    }

    @Test
    void privateKey_shouldYieldNoKeyMaterial_whenAskedForItsEncodingOrItsValue() throws Exception {
        KeyInfo key = hot.generate(label("export"), KeyCurve.SECP256K1);
        SunPkcs11Providers providers = SunPkcs11Providers.forToken(config(HOT));
        Provider provider = SunPkcs11Providers.configure(providers.vaultConfig());

        Key handle = providers.login(provider).getKey(key.label().value(), null);

        assertThat(handle).isInstanceOf(PrivateKey.class).isNotInstanceOf(ECPrivateKey.class);
        assertThat(handle.getEncoded()).isNull();
        assertThat(handle.getFormat()).isNull();
        assertThat(handle.toString()).contains("token object", "sensitive", "unextractable");
        KeyFactory factory = KeyFactory.getInstance("EC", provider);
        assertThatThrownBy(() -> factory.getKeySpec(handle, ECPrivateKeySpec.class)) // reads CKA_VALUE
                .isInstanceOf(InvalidKeySpecException.class);
        assertThatThrownBy(() -> factory.getKeySpec(handle, PKCS8EncodedKeySpec.class))
                .isInstanceOf(InvalidKeySpecException.class);
    }

    @Test
    void listObjects_shouldShowEveryPrivateKeyAsSensitiveAndNeverExtractable_whenPkcs11ToolListsTheToken()
            throws Exception {
        KeyLabel chain = hot.generate(label("donewhen-k1"), KeyCurve.SECP256K1).label();
        KeyLabel receipts = hot.generate(label("donewhen-p256"), KeyCurve.P256).label();

        String listing = SoftHsmEnvironment.listPrivateKeyObjects(HOT);

        List<String> objects = Arrays.stream(listing.split("(?m)^(?=\\S)")).filter(b -> b.startsWith("Private Key Object"))
                .toList();
        assertThat(objects).hasSizeGreaterThanOrEqualTo(2);
        assertThat(objects).allSatisfy(object -> {
            assertThat(field(object, "Access")).contains("sensitive", "always sensitive", "never extractable");
            assertThat(field(object, "Usage")).isEqualTo("sign");
        });
        assertThat(objects).extracting(object -> field(object, "label")).contains(chain.value(), receipts.value());
        System.out.println("pkcs11-tool --list-objects --type privkey: " + objects.size() + " private keys, e.g.\n"
                + objects.get(0).strip());
    }

    @Test
    void open_shouldKeepHotAndColdKeysApart_whenEachTokenIsFoundByItsLabel() {
        Pkcs11KeyVault cold = Pkcs11KeyVault.open(config(COLD), CLOCK);
        KeyInfo coldKey = cold.generate(label("cold"), KeyCurve.SECP256K1);
        KeyInfo hotKey = hot.generate(label("hot"), KeyCurve.SECP256K1);

        assertThat(hot.publicKey(coldKey.label())).isEmpty();
        assertThat(cold.publicKey(hotKey.label())).isEmpty();
        assertThat(cold.list()).contains(coldKey).doesNotContain(hotKey);
    }

    @Test
    void signDigest_shouldLogInAgain_whenTheTokenLoggedTheApplicationOut() throws Exception {
        KeyInfo key = hot.generate(label("relogin"), KeyCurve.SECP256K1);
        logOutOfHotToken();

        byte[] digest = randomDigest();
        DigestSignature signature = hot.signDigest(key.label(), digest);

        assertThat(SignatureChecks.verifies(key, digest, signature)).isTrue();
    }

    @Test
    void open_shouldFailWithoutRevealingThePin_whenThePinIsWrong() throws Exception {
        Pkcs11Config right = config(HOT);
        String wrongPin = HexFormat.of().formatHex(randomDigest()).substring(0, 24);
        Pkcs11Config wrong = new Pkcs11Config(right.library(), right.tokenLabel(), right.slotListIndex(),
                token -> wrongPin.toCharArray(), right.maxConcurrentSigners(), right.signerWait());
        logOutOfHotToken(); // PKCS#11 logins are per application: only a logged-out token checks the PIN
        char[] rightPin = right.pinSource().pin(right.tokenLabel());

        KeyVaultException refused = catchThrowableOfType(KeyVaultException.class, () -> Pkcs11KeyVault.open(wrong, CLOCK));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
        String everything = FilePinSourceTest.stackTrace(refused) + hot + right + wrong;
        assertThat(everything).contains("CKR_PIN_INCORRECT").doesNotContain(wrongPin, new String(rightPin));
        Arrays.fill(rightPin, '\0');
    }

    private static void logOutOfHotToken() throws Exception {
        Provider provider = SunPkcs11Providers.configure(SunPkcs11Providers.forToken(config(HOT)).vaultConfig());
        ((AuthProvider) provider).logout();
    }

    private static String field(String object, String name) {
        Matcher value = Pattern.compile("(?m)^\\s+" + name + ":\\s+(.*)$").matcher(object);
        return value.find() ? value.group(1).strip() : "";
    }

    private static KeyLabel label(String purpose) {
        return KeyLabel.of("it-" + purpose + "-" + HexFormat.of().formatHex(randomDigest()).substring(0, 10));
    }

    private static byte[] randomDigest() {
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        return digest;
    }
}
