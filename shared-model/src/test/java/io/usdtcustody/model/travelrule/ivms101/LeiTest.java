package io.usdtcustody.model.travelrule.ivms101;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeiTest {

    @ParameterizedTest
    @ValueSource(strings = {"506700GE1G29325QX363", "5493001KJTIIGC8Y1R12", "7LTWFZYICNSX8D621K86",
            "HWUPKR0MPOU8FGXBT394"})
    void isValid_shouldAccept_whenPublishedLei(String lei) {
        assertThat(Lei.isValid(lei)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"506700GE1G29325QX364", "506700GE1G29325QX36", "506700GE1G29325QX3633",
            "506700ge1g29325qx363", "506700GE1G29325QX3A3", "", "213800AQUAUP6I215N33"})
    void isValid_shouldRefuse_whenShapeOrCheckDigitsWrong(String code) {
        assertThat(Lei.isValid(code)).isFalse();
    }

    @Test
    void isValid_shouldRefuse_whenNull() {
        assertThat(Lei.isValid(null)).isFalse();
    }

    @Test
    void checkDigits_shouldReproducePublishedLei() {
        assertThat(Lei.checkDigits("506700GE1G29325QX3")).isEqualTo("63");
    }

    @Test
    void checkDigits_shouldRefuse_whenPrefixNotEighteenCharacters() {
        assertThatThrownBy(() -> Lei.checkDigits("ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * MOD 97-10 detects every substitution of a digit by a digit and of a letter by a letter (the change is a
     * multiple of a power of ten times a number below 97, and 97 is prime). A digit swapped for a letter shifts
     * the numeric form and is caught only with probability 96/97, so it is not part of this invariant.
     */
    @Property
    void isValid_shouldDetectEverySameKindSubstitution(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(max = 19) int position, @ForAll @IntRange(min = 1, max = 35) int shift) {
        String lei = prefix + Lei.checkDigits(prefix);
        char original = lei.charAt(position);
        char replacement = Character.isDigit(original)
                ? (char) ('0' + (original - '0' + shift) % 10)
                : (char) ('A' + (original - 'A' + shift) % 26);
        Assume.that(replacement != original);
        String changed = lei.substring(0, position) + replacement + lei.substring(position + 1);

        assertThat(Lei.isValid(lei)).isTrue();
        assertThat(Lei.isValid(changed)).isFalse();
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofLength(18);
    }
}
