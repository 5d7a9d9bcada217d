package io.usdtcustody.model.travelrule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AssetPriceTest {

    @Test
    void toMinorUnits_shouldRoundDown_whenThresholdIsNotAWholeNumberOfMinorUnits() {
        AssetPrice eur = new AssetPrice("USDT", "EUR", new BigDecimal("0.92"));

        // 1000 / 0.92 = 1086.9565217… USDT
        assertThat(eur.toMinorUnits(new BigDecimal("1000"), 6)).isEqualTo(1_086_956_521L);
        assertThat(eur.toMinorUnits(new BigDecimal("1000"), 8)).isEqualTo(108_695_652_173L);
    }

    @Test
    void toMinorUnits_shouldBeExact_atPar() {
        assertThat(new AssetPrice("USDT", "USD", BigDecimal.ONE).toMinorUnits(new BigDecimal("3000"), 6))
                .isEqualTo(3_000_000_000L);
    }

    @Test
    void toMinorUnits_shouldSaturate_whenThresholdTooLargeForLong() {
        AssetPrice tiny = new AssetPrice("USDT", "JPY", new BigDecimal("0.000000000001"));

        assertThat(tiny.toMinorUnits(new BigDecimal("1000000"), 18)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void constructor_shouldRefuseZeroNegativeOrOverPrecisePrices() {
        assertThatThrownBy(() -> new AssetPrice("USDT", "USD", BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssetPrice("USDT", "USD", new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssetPrice("USDT", "USD", new BigDecimal("1.0000000000001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssetPrice("USDT", "usd", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The converted threshold is the largest amount whose value does not exceed the fiat threshold. */
    @Property
    void toMinorUnits_shouldNeverOvershootTheFiatThreshold(@ForAll @LongRange(min = 1, max = 1_000_000) long fiat,
            @ForAll @LongRange(min = 1, max = 100_000_000) long priceMicros) {
        BigDecimal price = BigDecimal.valueOf(priceMicros, 6);
        long minor = new AssetPrice("USDT", "EUR", price).toMinorUnits(BigDecimal.valueOf(fiat), 6);

        BigDecimal value = BigDecimal.valueOf(minor, 6).multiply(price);
        BigDecimal next = BigDecimal.valueOf(minor + 1, 6).multiply(price);
        assertThat(value).isLessThanOrEqualTo(BigDecimal.valueOf(fiat));
        assertThat(next).isGreaterThan(BigDecimal.valueOf(fiat));
    }
}
