package io.usdtcustody.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

    @Test
    void chain_shouldCarryBip44CoinTypes_forEachSupportedChain() {
        assertThat(Chain.ETHEREUM.bip44CoinType()).isEqualTo(60);
        assertThat(Chain.TRON.bip44CoinType()).isEqualTo(195);
        assertThat(Chain.OMNI.bip44CoinType()).isZero();
        assertThat(Chain.TRON.bip44AccountPath()).isEqualTo("m/44'/195'/0'");
    }

    @Test
    void constants_shouldHaveChainDecimals_whenUsdt() {
        assertThat(Asset.USDT_ETHEREUM).isEqualTo(new Asset("USDT", Chain.ETHEREUM, 6));
        assertThat(Asset.USDT_TRON.decimals()).isEqualTo(6);
        assertThat(Asset.USDT_OMNI.decimals()).isEqualTo(8);
        assertThat(Asset.USDT_TRON).hasToString("USDT@TRON");
    }

    @Test
    void constructor_shouldAcceptOtherAssets_whenScaleIsInRange() {
        assertThat(new Asset("ETH", Chain.ETHEREUM, 18).decimals()).isEqualTo(18);
        assertThat(new Asset("BTC", Chain.OMNI, 8).code()).isEqualTo("BTC");
        assertThat(new Asset("LINK", Chain.ETHEREUM, 0).decimals()).isZero();
    }

    @Test
    void constructor_shouldReject_whenKnownAssetHasWrongDecimals() {
        assertThatThrownBy(() -> new Asset("USDT", Chain.ETHEREUM, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 6 decimals");
        assertThatThrownBy(() -> new Asset("USDT", Chain.OMNI, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 19, 100})
    void constructor_shouldReject_whenDecimalsOutOfRange(int decimals) {
        assertThatThrownBy(() -> new Asset("XYZ", Chain.ETHEREUM, decimals))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..18");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "u", "usdt", "1INCH", "USDT ", "TOOLONGASSETCODE", "US-DT"})
    void constructor_shouldReject_whenCodeMalformed(String code) {
        assertThatThrownBy(() -> new Asset(code, Chain.ETHEREUM, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_shouldReject_whenNulls() {
        assertThatThrownBy(() -> new Asset(null, Chain.ETHEREUM, 6)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Asset("USDT", null, 6)).isInstanceOf(NullPointerException.class);
    }
}
