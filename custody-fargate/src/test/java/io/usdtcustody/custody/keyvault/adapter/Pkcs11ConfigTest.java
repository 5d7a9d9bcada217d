package io.usdtcustody.custody.keyvault.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.PinSource;
import io.usdtcustody.model.errors.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class Pkcs11ConfigTest {
    private static final String PIN = "a1b2c3d4e5f6a7b8c9d0e1f2";
    private static final PinSource PINS = token -> PIN.toCharArray();
    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    @Test
    void generationConfig_shouldMakePrivateKeysSensitiveNeverExtractableTokenObjects_labelledWithTheLabel() {
        SunPkcs11Providers providers = SunPkcs11Providers.forToken(
                Pkcs11Config.forToken(LIBRARY, "usdt-hot", PINS).withSlotListIndex(0));

        String text = providers.generationConfig(KeyLabel.of("hot-eth"));

        assertThat(text).contains("library = " + LIBRARY, "slotListIndex = 0",
                "attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {", "CKA_TOKEN = true", "CKA_PRIVATE = true",
                "CKA_SENSITIVE = true", "CKA_EXTRACTABLE = false", "CKA_SIGN = true", "CKA_DECRYPT = false",
                "CKA_LABEL = 0h" + "hot-eth".chars().mapToObj(c -> String.format("%02x", c)).reduce("", String::concat),
                "attributes(generate, CKO_PUBLIC_KEY, CKK_EC) = {");
        assertThat(text).doesNotContain(PIN);
        assertThat(providers.vaultConfig()).doesNotContain("attributes", PIN);
    }

    @Test
    void toString_shouldNeverShowThePin() {
        Pkcs11Config config = Pkcs11Config.forToken(LIBRARY, "usdt-hot", PINS);

        assertThat(config.toString()).contains("usdt-hot").doesNotContain(PIN);
    }

    @Test
    void fromEnvironment_shouldReadLibraryTokenSlotAndSigners_fromTheServiceEnvironment() {
        Pkcs11Config config = Pkcs11Config.fromEnvironment(Map.of("PKCS11_LIBRARY", LIBRARY.toString(),
                "HSM_HOT_TOKEN", "usdt-hot", "HSM_SLOT_LIST_INDEX", "0", "HSM_MAX_CONCURRENT_SIGNERS", "4"),
                "HSM_HOT_TOKEN", PINS);

        assertThat(config.library()).isEqualTo(LIBRARY);
        assertThat(config.tokenLabel()).isEqualTo("usdt-hot");
        assertThat(config.slotListIndex()).isEqualTo(OptionalInt.of(0));
        assertThat(config.maxConcurrentSigners()).isEqualTo(4);
        assertThat(catchThrowableOfType(KeyVaultException.class,
                () -> Pkcs11Config.fromEnvironment(Map.of("PKCS11_LIBRARY", "/x.so"), "HSM_HOT_TOKEN", PINS)))
                .hasMessageContaining("HSM_HOT_TOKEN");
    }

    @Test
    void new_shouldRefuse_whenLimitsOrTheTokenLabelAreOutOfRange() {
        Pkcs11Config config = Pkcs11Config.forToken(LIBRARY, "usdt-hot", PINS);

        assertThatThrownBy(() -> config.withSigners(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withSigners(4, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withSlotListIndex(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pkcs11Config.forToken(LIBRARY, "x".repeat(33), PINS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forToken_shouldExplainTheJvmOption_whenTheSlotMustBeFoundByLabelWithoutIt() {
        assumeFalse(Pkcs11TokenSlots.wrapperAccessible(), "this JVM runs with the add-exports option");

        KeyVaultException unavailable = catchThrowableOfType(KeyVaultException.class,
                () -> SunPkcs11Providers.forToken(Pkcs11Config.forToken(LIBRARY, "usdt-hot", PINS)));

        assertThat(unavailable.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(unavailable.detail()).contains(Pkcs11TokenSlots.ADD_EXPORTS, "slot list index");
    }
}
