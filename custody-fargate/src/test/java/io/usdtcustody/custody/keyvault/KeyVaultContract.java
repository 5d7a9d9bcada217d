package io.usdtcustody.custody.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.model.errors.ErrorCode;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link KeyVault} promises, run against the in-memory fake and against SunPKCS11 on SoftHSM2. Each
 * test uses fresh labels: a real token is shared by the whole test run.
 */
public abstract class KeyVaultContract {
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract KeyVault vault();

    protected static KeyLabel freshLabel(String purpose) {
        byte[] suffix = new byte[5];
        RANDOM.nextBytes(suffix);
        return KeyLabel.of("ct-" + purpose + "-" + HexFormat.of().formatHex(suffix));
    }

    protected static byte[] randomDigest() {
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        return digest;
    }

    @ParameterizedTest
    @EnumSource(KeyCurve.class)
    void generate_shouldReturnAPublicKeyOnTheCurve_whenTheLabelIsNew(KeyCurve curve) {
        KeyLabel label = freshLabel("new");

        KeyInfo key = vault().generate(label, curve);

        assertThat(key.label()).isEqualTo(label);
        assertThat(key.curve()).isEqualTo(curve);
        assertThat(curve.parameters().getCurve().decodePoint(key.publicKey()).isValid()).isTrue();
        assertThat(vault().publicKey(label)).contains(key);
    }

    @ParameterizedTest
    @EnumSource(KeyCurve.class)
    void generate_shouldReturnTheSameKey_whenRepeatedWithTheSameCurve(KeyCurve curve) {
        KeyLabel label = freshLabel("again");
        KeyInfo first = vault().generate(label, curve);

        KeyInfo second = vault().generate(label, curve);

        assertThat(second).isEqualTo(first);
        assertThat(vault().list()).filteredOn(key -> key.label().equals(label)).hasSize(1);
    }

    @Test
    void generate_shouldFailWithConflict_whenTheLabelHoldsAKeyOnAnotherCurve() {
        KeyLabel label = freshLabel("taken");
        KeyInfo existing = vault().generate(label, KeyCurve.SECP256K1);

        KeyVaultException conflict = catchThrowableOfType(KeyVaultException.class,
                () -> vault().generate(label, KeyCurve.P256));

        assertThat(conflict.errorCode()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(conflict.detail()).contains(label.value(), "SECP256K1");
        assertThat(vault().publicKey(label)).contains(existing);
    }

    @Test
    void list_shouldShowEveryGeneratedKey_withItsCurveAndPublicKey() {
        KeyInfo chain = vault().generate(freshLabel("list-k1"), KeyCurve.SECP256K1);
        KeyInfo receipts = vault().generate(freshLabel("list-p256"), KeyCurve.P256);

        assertThat(vault().list()).contains(chain, receipts)
                .isSortedAccordingTo((a, b) -> a.label().value().compareTo(b.label().value()));
    }

    @Test
    void publicKey_shouldBeEmpty_whenTheLabelIsUnknown() {
        assertThat(vault().publicKey(freshLabel("unknown"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(KeyCurve.class)
    void signDigest_shouldVerifyWithLowSAndRecoverTheKey_whenSigningRandomDigests(KeyCurve curve) {
        KeyInfo key = vault().generate(freshLabel("sign"), curve);
        for (int i = 0; i < 20; i++) {
            byte[] digest = randomDigest();

            DigestSignature signature = vault().signDigest(key.label(), digest);

            assertThat(signature.curve()).isEqualTo(curve);
            assertThat(signature.s()).isLessThanOrEqualTo(curve.halfOrder());
            assertThat(SignatureChecks.verifies(key, digest, signature)).isTrue();
            assertThat(Ecdsa.recover(curve, signature.recoveryId(), signature.r(), signature.s(), digest))
                    .isEqualTo(key.publicKey());
        }
    }

    @Test
    void signDigest_shouldFailWithNotFound_whenTheLabelIsUnknown() {
        KeyVaultException missing = catchThrowableOfType(KeyVaultException.class,
                () -> vault().signDigest(freshLabel("missing"), randomDigest()));

        assertThat(missing.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void signDigest_shouldFailWithValidation_whenTheDigestIsNot32Bytes() {
        KeyInfo key = vault().generate(freshLabel("digest"), KeyCurve.SECP256K1);

        for (byte[] wrong : new byte[][] {new byte[31], new byte[33], new byte[0], null}) {
            KeyVaultException invalid = catchThrowableOfType(KeyVaultException.class,
                    () -> vault().signDigest(key.label(), wrong));
            assertThat(invalid.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
    }
}
