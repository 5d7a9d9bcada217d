package io.usdtcustody.model.money;

import static io.usdtcustody.model.money.Asset.USDT_ETHEREUM;
import static io.usdtcustody.model.money.Asset.USDT_OMNI;
import static io.usdtcustody.model.money.Asset.USDT_TRON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void parse_shouldUseAssetDecimals_whenParsingUsdt() {
        assertThat(Amount.parse("10.5", USDT_ETHEREUM).minorUnits()).isEqualTo(10_500_000L);
        assertThat(Amount.parse("10.5", USDT_TRON).minorUnits()).isEqualTo(10_500_000L);
        assertThat(Amount.parse("10.5", USDT_OMNI).minorUnits()).isEqualTo(1_050_000_000L);
    }

    @Test
    void parse_shouldReject_whenMorePrecisionThanAsset() {
        assertThatThrownBy(() -> Amount.parse("0.0000001", USDT_ETHEREUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 6");
        assertThat(Amount.parse("0.00000001", USDT_OMNI).minorUnits()).isEqualTo(1L);
    }

    @Test
    void toPlainString_shouldStripTrailingZeros_andWriteZeroAsZero() {
        assertThat(Amount.of(10_500_000, USDT_ETHEREUM).toPlainString()).isEqualTo("10.5");
        assertThat(Amount.zero(USDT_ETHEREUM).toPlainString()).isEqualTo("0");
        assertThat(Amount.of(-1, USDT_OMNI).toPlainString()).isEqualTo("-0.00000001");
        assertThat(Amount.of(10_500_000, USDT_ETHEREUM)).hasToString("10.5 USDT@ETHEREUM");
    }

    @Test
    void toBigDecimal_shouldBeExactWithAssetScale() {
        assertThat(Amount.of(10_500_000, USDT_ETHEREUM).toBigDecimal()).isEqualTo(new BigDecimal("10.500000"));
    }

    @Test
    void add_shouldSumMinorUnits_whenSameAsset() {
        Amount sum = Amount.parse("1.25", USDT_TRON).add(Amount.parse("0.75", USDT_TRON));

        assertThat(sum).isEqualTo(Amount.parse("2", USDT_TRON));
        assertThat(Amount.parse("1", USDT_TRON).subtract(Amount.parse("3", USDT_TRON)).toPlainString()).isEqualTo("-2");
    }

    @Test
    void arithmetic_shouldThrowAssetMismatch_whenAssetsDiffer() {
        Amount onEthereum = Amount.parse("1", USDT_ETHEREUM);
        Amount onTron = Amount.parse("1", USDT_TRON);

        assertThatThrownBy(() -> onEthereum.add(onTron))
                .isInstanceOf(AssetMismatchException.class)
                .hasMessage("cannot combine USDT@ETHEREUM with USDT@TRON");
        assertThatThrownBy(() -> onEthereum.subtract(onTron)).isInstanceOf(AssetMismatchException.class);
        assertThatThrownBy(() -> onEthereum.compareTo(onTron)).isInstanceOf(AssetMismatchException.class);
        assertThatThrownBy(() -> onEthereum.isGreaterThan(onTron)).isInstanceOf(AssetMismatchException.class);
    }

    @Test
    void add_shouldThrowOverflow_whenResultExceedsLong() {
        Amount max = Amount.of(Long.MAX_VALUE, USDT_ETHEREUM);
        Amount min = Amount.of(Long.MIN_VALUE, USDT_ETHEREUM);
        Amount one = Amount.of(1, USDT_ETHEREUM);

        assertThatThrownBy(() -> max.add(one)).isInstanceOf(AmountOverflowException.class)
                .hasMessageContaining("overflow in add");
        assertThatThrownBy(() -> min.subtract(one)).isInstanceOf(AmountOverflowException.class);
        assertThatThrownBy(min::negate).isInstanceOf(AmountOverflowException.class);
        assertThatThrownBy(min::abs).isInstanceOf(AmountOverflowException.class);
    }

    @Test
    void predicates_shouldReflectSign() {
        Amount negative = Amount.of(-5, USDT_ETHEREUM);
        assertThat(negative.isNegative()).isTrue();
        assertThat(negative.isZero()).isFalse();
        assertThat(negative.signum()).isEqualTo(-1);
        assertThat(negative.abs().minorUnits()).isEqualTo(5);
        assertThat(Amount.zero(USDT_ETHEREUM).isZero()).isTrue();
        assertThat(Amount.of(1, USDT_ETHEREUM).isPositive()).isTrue();
    }

    @Test
    void compare_shouldOrderByValue_whenSameAsset() {
        Amount small = Amount.parse("1.5", USDT_ETHEREUM);
        Amount large = Amount.parse("2", USDT_ETHEREUM);

        assertThat(small).isLessThan(large);
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.max(large)).isSameAs(large);
        assertThat(small.min(large)).isSameAs(small);
    }

    @Test
    void fromOnChain_shouldConvertUint256_whenItFitsLong() {
        Amount amount = Amount.fromOnChain(BigInteger.valueOf(10_500_000), USDT_ETHEREUM);

        assertThat(amount.toPlainString()).isEqualTo("10.5");
        assertThat(amount.toOnChain()).isEqualTo(BigInteger.valueOf(10_500_000));
        assertThat(Amount.fromOnChain(BigInteger.valueOf(Long.MAX_VALUE), USDT_TRON).minorUnits())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void fromOnChain_shouldFailClearly_whenValueDoesNotFitLong() {
        BigInteger tooBig = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

        assertThatThrownBy(() -> Amount.fromOnChain(tooBig, USDT_ETHEREUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit a long");
        assertThatThrownBy(() -> Amount.fromOnChain(BigInteger.ONE.shiftLeft(256), USDT_ETHEREUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uint256");
        assertThatThrownBy(() -> Amount.fromOnChain(BigInteger.ONE.negate(), USDT_ETHEREUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsigned");
    }

    @Test
    void toOnChain_shouldFail_whenNegative() {
        assertThatThrownBy(() -> Amount.of(-1, USDT_ETHEREUM).toOnChain()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void constructor_shouldRejectNullAsset() {
        assertThatThrownBy(() -> Amount.of(1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Amount.parse("1", null)).isInstanceOf(NullPointerException.class);
    }
}
