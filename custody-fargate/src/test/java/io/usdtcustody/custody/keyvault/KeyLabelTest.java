package io.usdtcustody.custody.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.model.errors.ErrorCode;
import java.security.AlgorithmParameters;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyLabelTest {

    @ParameterizedTest
    @ValueSource(strings = {"hot-eth-1", "receipts.p256", "a", "approvals_2026", "0"})
    void new_shouldAccept_whenTheLabelIsWellFormed(String value) {
        assertThat(KeyLabel.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hot", "-hot", ".hot", "hot wallet", "hot/1", "kéy", "hot\n"})
    void new_shouldFailWithValidation_whenTheLabelIsMalformed(String value) {
        KeyVaultException invalid = catchThrowableOfType(KeyVaultException.class, () -> KeyLabel.of(value));

        assertThat(invalid.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void new_shouldFailWithValidation_whenTheLabelIsLongerThan64() {
        assertThat(KeyLabel.isValid("a".repeat(64))).isTrue();
        assertThatThrownBy(() -> KeyLabel.of("a".repeat(65))).isInstanceOf(KeyVaultException.class);
    }

    @Test
    void of_shouldNameTheCurve_whenGivenJcaParametersOfASupportedCurve() throws Exception {
        assertThat(KeyCurve.of(jcaParameters("secp256r1"))).contains(KeyCurve.P256);
        assertThat(KeyCurve.of(jcaParameters("secp384r1"))).isEmpty();
    }

    @Test
    void keyInfo_shouldRefuse_whenThePublicKeyIsNotAnUncompressedPointOnTheCurve() {
        byte[] compressed = KeyCurve.SECP256K1.parameters().getG().getEncoded(true);
        byte[] uncompressed = KeyCurve.SECP256K1.parameters().getG().getEncoded(false);
        uncompressed[64] ^= 1;

        assertThatThrownBy(() -> new KeyInfo(KeyLabel.of("k"), KeyCurve.SECP256K1, compressed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyInfo(KeyLabel.of("k"), KeyCurve.SECP256K1, uncompressed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyInfo_shouldCopyThePublicKey_whenTheCallerChangesItsArray() {
        byte[] point = KeyCurve.P256.parameters().getG().getEncoded(false);
        KeyInfo key = new KeyInfo(KeyLabel.of("k"), KeyCurve.P256, point);

        point[1] ^= 1;
        key.publicKey()[1] ^= 1;

        assertThat(key.publicKey()).isEqualTo(KeyCurve.P256.parameters().getG().getEncoded(false));
        assertThat(key.compressedPublicKey()).isEqualTo(KeyCurve.P256.parameters().getG().getEncoded(true));
    }

    private static ECParameterSpec jcaParameters(String name) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(name));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }
}
