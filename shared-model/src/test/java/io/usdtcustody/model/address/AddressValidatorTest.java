package io.usdtcustody.model.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import org.junit.jupiter.api.Test;

class AddressValidatorTest {

    @Test
    void validate_shouldUseChainRules_whenSameTextGivenForEachChain() {
        // published in EIP-55 form on the OFAC list; given here in lower case
        String ethereum = "0x175d44451403edf28469df03a9280c1197adb92c";

        assertThat(AddressValidator.validate(Chain.ETHEREUM, ethereum).normalized())
                .isEqualTo("0x175d44451403Edf28469dF03A9280c1197ADb92c");
        assertThat(AddressValidator.validate(Chain.TRON, ethereum).valid()).isFalse();
        assertThat(AddressValidator.validate(Chain.OMNI, ethereum).valid()).isFalse();
    }

    @Test
    void requireValid_shouldReturnNormalized_whenAddressIsValid() {
        assertThat(AddressValidator.requireValid(Chain.TRON, "TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr"))
                .isEqualTo("TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr");
    }

    @Test
    void requireValid_shouldThrowInvalidAddressWithReason_whenAddressIsInvalid() {
        assertThatThrownBy(() -> AddressValidator.requireValid(Chain.TRON, "0x175d44451403edf28469df03a9280c1197adb92c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ADDRESS);
                    assertThat(e.detail()).isEqualTo("Looks like an Ethereum address, not a TRON address.");
                });
    }

    @Test
    void addressValidation_shouldRejectInconsistentState_whenConstructedDirectly() {
        assertThatThrownBy(() -> new AddressValidation(true, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressValidation(true, "x", "reason"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressValidation(false, "x", "reason"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressValidation(false, null, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codec_shouldExistForEveryChain_whenLookedUp() {
        for (Chain chain : Chain.values()) {
            assertThat(ChainAddress.codec(chain).chain()).isEqualTo(chain);
        }
    }
}
