package io.usdtcustody.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinorUnitsTest {

    @ParameterizedTest
    @CsvSource({
            "10.5, 6, 10500000",
            "10.500000, 6, 10500000",
            "0, 6, 0",
            "-0, 6, 0",
            "0.000001, 6, 1",
            "-3, 6, -3000000",
            "007, 2, 700",
            "9223372036854775807, 0, 9223372036854775807",
            "-9223372036854775808, 0, -9223372036854775808",
            "9.223372036854775807, 18, 9223372036854775807",
            "-9.223372036854775808, 18, -9223372036854775808"})
    void parse_shouldReturnExactMinorUnits_whenTextIsPlainDecimal(String text, int decimals, long expected) {
        assertThat(MinorUnits.parse(text, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " ", " 1", "1 ", "1 000", "+1", "--1", "-", ".5", "5.", "1.2.3", "1e3", "1E3", "1.0e-2", "0x10",
            "NaN", "Infinity", "-Infinity", "1,5", "1_000", "١٢", "1\n", "\u00a01", "1.5-", "abc"})
    void parse_shouldRejectWithClearMessage_whenTextIsNotPlainDecimal(String text) {
        assertThatThrownBy(() -> MinorUnits.parse(text, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain decimal number");
    }

    @Test
    void parse_shouldReject_whenEmpty() {
        assertThatThrownBy(() -> MinorUnits.parse("", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be empty");
    }

    @Test
    void parse_shouldReject_whenMoreFractionalDigitsThanScale() {
        assertThatThrownBy(() -> MinorUnits.parse("10.1234567", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount has 7 fractional digits but the asset allows at most 6");
        assertThatThrownBy(() -> MinorUnits.parse("1.0000000", 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.parse("1.0", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"9223372036854775808, 0", "-9223372036854775809, 0", "9223372036854.775808, 6", "10, 18"})
    void parse_shouldReject_whenValueDoesNotFitLong(String text, int decimals) {
        assertThatThrownBy(() -> MinorUnits.parse(text, decimals))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void parse_shouldReject_whenTextTooLong() {
        assertThatThrownBy(() -> MinorUnits.parse("1".repeat(MinorUnits.MAX_TEXT_LENGTH + 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void parse_shouldRejectNull() {
        assertThatThrownBy(() -> MinorUnits.parse(null, 6)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "10500000, 6, 10.5",
            "10000000, 6, 10",
            "0, 6, 0",
            "0, 0, 0",
            "1, 6, 0.000001",
            "-1, 6, -0.000001",
            "-3000000, 6, -3",
            "123, 0, 123",
            "-9223372036854775808, 18, -9.223372036854775808",
            "9223372036854775807, 18, 9.223372036854775807",
            "-9223372036854775808, 0, -9223372036854775808"})
    void format_shouldWriteCanonicalText_forEveryScale(long minorUnits, int decimals, String expected) {
        assertThat(MinorUnits.format(minorUnits, decimals)).isEqualTo(expected);
    }

    @Test
    void toBigDecimal_shouldKeepScale() {
        assertThat(MinorUnits.toBigDecimal(10_500_000, 6)).isEqualTo(new BigDecimal("10.500000"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 19})
    void scale_shouldBeRejected_whenOutOfRange(int decimals) {
        assertThatThrownBy(() -> MinorUnits.format(1, decimals)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.parse("1", decimals)).isInstanceOf(IllegalArgumentException.class);
    }
}
