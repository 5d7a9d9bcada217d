package io.usdtcustody.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of money: exact text round trips, no wrap-around, order agrees with the decimal value. */
class AmountPropertiesTest {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** A canonical decimal string together with a scale it fits. */
    record Canonical(String text, int decimals) {
    }

    @Property
    void format_shouldReproduceText_whenParsingCanonicalText(@ForAll("canonicalTexts") Canonical canonical) {
        long minorUnits = MinorUnits.parse(canonical.text(), canonical.decimals());

        assertThat(MinorUnits.format(minorUnits, canonical.decimals())).isEqualTo(canonical.text());
        assertThat(minorUnits).isEqualTo(
                new BigDecimal(canonical.text()).movePointRight(canonical.decimals()).longValueExact());
    }

    @Property
    void parse_shouldReturnSameAmount_whenParsingFormattedAmount(
            @ForAll long minorUnits, @ForAll @IntRange(min = 0, max = 18) int decimals) {
        Asset asset = new Asset("TEST", Chain.ETHEREUM, decimals);
        Amount amount = Amount.of(minorUnits, asset);

        assertThat(Amount.parse(amount.toPlainString(), asset)).isEqualTo(amount);
    }

    @Property
    void add_shouldBeExactOrThrow_neverWrap(@ForAll("edgeHeavyLongs") long a, @ForAll("edgeHeavyLongs") long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        Amount left = Amount.of(a, Asset.USDT_ETHEREUM);
        Amount right = Amount.of(b, Asset.USDT_ETHEREUM);

        if (fitsLong(exact)) {
            assertThat(left.add(right).minorUnits()).isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> left.add(right)).isInstanceOf(AmountOverflowException.class);
        }
    }

    @Property
    void subtract_shouldBeExactOrThrow_neverWrap(@ForAll("edgeHeavyLongs") long a, @ForAll("edgeHeavyLongs") long b) {
        BigInteger exact = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        Amount left = Amount.of(a, Asset.USDT_TRON);
        Amount right = Amount.of(b, Asset.USDT_TRON);

        if (fitsLong(exact)) {
            assertThat(left.subtract(right).minorUnits()).isEqualTo(exact.longValueExact());
        } else {
            assertThatThrownBy(() -> left.subtract(right)).isInstanceOf(AmountOverflowException.class);
        }
    }

    @Property
    void add_shouldAlwaysThrow_whenBothOperandsNearMax(@ForAll("nearMax") long a, @ForAll("nearMax") long b) {
        Amount left = Amount.of(a, Asset.USDT_OMNI);
        Amount right = Amount.of(b, Asset.USDT_OMNI);

        assertThatThrownBy(() -> left.add(right)).isInstanceOf(AmountOverflowException.class);
        assertThatThrownBy(() -> left.negate().subtract(right).subtract(right))
                .isInstanceOf(AmountOverflowException.class);
    }

    @Property
    void compareTo_shouldAgreeWithBigDecimal(
            @ForAll("edgeHeavyLongs") long a, @ForAll("edgeHeavyLongs") long b,
            @ForAll @IntRange(min = 0, max = 18) int decimals) {
        Asset asset = new Asset("TEST", Chain.TRON, decimals);
        Amount left = Amount.of(a, asset);
        Amount right = Amount.of(b, asset);
        BigDecimal leftDecimal = new BigDecimal(left.toPlainString());
        BigDecimal rightDecimal = new BigDecimal(right.toPlainString());

        assertThat(Integer.signum(left.compareTo(right))).isEqualTo(leftDecimal.compareTo(rightDecimal));
        assertThat(left.toBigDecimal().compareTo(leftDecimal)).isZero();
    }

    @Provide
    Arbitrary<Canonical> canonicalTexts() {
        return Arbitraries.integers().between(0, 18).flatMap(decimals -> {
            long maxWhole = Long.MAX_VALUE / BigInteger.TEN.pow(decimals).longValueExact() - 1;
            Arbitrary<Long> whole = Arbitraries.longs().between(0, maxWhole);
            Arbitrary<String> fraction = decimals == 0
                    ? Arbitraries.just("")
                    : Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(decimals - 1)
                            .flatMap(prefix -> Arbitraries.chars().range('1', '9').map(last -> prefix + last));
            Arbitrary<String> optionalFraction = decimals == 0
                    ? fraction
                    : Arbitraries.oneOf(Arbitraries.just(""), fraction.map(f -> "." + f));
            return Combinators.combine(Arbitraries.of(true, false), whole, optionalFraction)
                    .as((negative, w, f) -> {
                        String magnitude = w + f;
                        boolean zero = w == 0 && f.isEmpty();
                        return new Canonical((negative && !zero ? "-" : "") + magnitude, decimals);
                    });
        });
    }

    @Provide
    Arbitrary<Long> edgeHeavyLongs() {
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(Long.MAX_VALUE - (1L << 20), Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + (1L << 20)),
                Arbitraries.longs().between(-1000, 1000));
    }

    @Provide
    Arbitrary<Long> nearMax() {
        return Arbitraries.longs().between(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE);
    }

    private static boolean fitsLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }
}
