package io.usdtcustody.model.travelrule.ivms101;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoCountriesTest {

    @Test
    void all_shouldHoldTheAssignedCodes() {
        assertThat(IsoCountries.all()).hasSize(249).allMatch(code -> code.matches("[A-Z]{2}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "GB", "US", "SG", "CH", "JP", "KP", "IR", "SS", "BQ", "AX"})
    void isAssigned_shouldAccept_whenCodeAssigned(String code) {
        assertThat(IsoCountries.isAssigned(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UK", "EU", "XK", "AN", "YU", "de", "D", "DEU", "XX", ""})
    void isAssigned_shouldRefuse_whenNotAnAssignedAlpha2Code(String code) {
        assertThat(IsoCountries.isAssigned(code)).isFalse();
    }

    @Test
    void isValidIvms101_shouldAcceptUnknownCountry_butNotNull() {
        assertThat(IsoCountries.isValidIvms101("XX")).isTrue();
        assertThat(IsoCountries.isValidIvms101(null)).isFalse();
    }
}
