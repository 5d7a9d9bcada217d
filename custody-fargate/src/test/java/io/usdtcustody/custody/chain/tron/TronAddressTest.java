package io.usdtcustody.custody.chain.tron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TronAddressTest {
    /** Tether's USDT contract on TRON mainnet, as tronscan shows it, and its hex form in API answers. */
    private static final String USDT_BASE58 = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final String USDT_HEX = "41a614f803b6fd780986a42c78ec9c7f77e6ded13c";

    @Test
    void fromBase58_shouldGiveTheApiHexForm_whenAddressIsValid() {
        TronAddress usdt = TronAddress.fromBase58(USDT_BASE58);

        assertThat(usdt.toHex()).isEqualTo(USDT_HEX);
        assertThat(usdt.bytes()).hasSize(21).startsWith(0x41);
        assertThat(usdt.account()).hasSize(20);
    }

    @Test
    void fromHex_shouldRoundTripToBase58_whenGivenApiHex() {
        TronAddress usdt = TronAddress.fromHex(USDT_HEX.toUpperCase());

        assertThat(usdt.toBase58()).isEqualTo(USDT_BASE58);
        assertThat(usdt).isEqualTo(TronAddress.fromBase58(USDT_BASE58)).hasSameHashCodeAs(TronAddress.fromHex(USDT_HEX));
        assertThat(TronAddress.fromAccount(usdt.account())).isEqualTo(usdt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", "0xa614f803b6fd780986a42c78ec9c7f77e6ded13c",
            "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", ""})
    void fromBase58_shouldRefuse_whenTextIsNotATronAddress(String text) {
        assertThatThrownBy(() -> TronAddress.fromBase58(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42a614f803b6fd780986a42c78ec9c7f77e6ded13c", "41a614f803b6fd780986a42c78ec9c7f77e6ded1",
            "41zz14f803b6fd780986a42c78ec9c7f77e6ded13c"})
    void fromHex_shouldRefuse_whenNotFortyOneAndFortyHexDigits(String hex) {
        assertThatThrownBy(() -> TronAddress.fromHex(hex)).isInstanceOf(IllegalArgumentException.class);
    }
}
