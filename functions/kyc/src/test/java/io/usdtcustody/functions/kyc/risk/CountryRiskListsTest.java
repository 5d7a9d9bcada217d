package io.usdtcustody.functions.kyc.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryRiskListsTest {
    private static final CountryRiskLists LISTS = CountryRiskLists.defaults();

    @Test
    void defaults_shouldHoldTheListsOfJune2025() {
        assertThat(LISTS.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(LISTS.fatfCallForAction()).containsExactlyInAnyOrder("KP", "IR", "MM");
        assertThat(LISTS.fatfIncreasedMonitoring()).hasSize(24).contains("BO", "VG", "MC").doesNotContain("HR", "ML",
                "TZ");
        assertThat(LISTS.euHighRiskThirdCountries()).hasSize(29).contains("AF", "KE", "MC", "VE")
                .doesNotContain("AE", "PA", "PH", "GI");
    }

    @Test
    void levels_shouldListEveryListACountryIsOn() {
        assertThat(LISTS.levels("KE")).containsExactlyInAnyOrder(CountryRiskLevel.EU_HIGH_RISK_THIRD_COUNTRY,
                CountryRiskLevel.FATF_INCREASED_MONITORING);
        assertThat(LISTS.levels("KP")).contains(CountryRiskLevel.FATF_CALL_FOR_ACTION, CountryRiskLevel.PROHIBITED);
        assertThat(LISTS.levels("CH")).containsExactly(CountryRiskLevel.STANDARD);
    }

    @Test
    void constructor_shouldRefuseCodesThatAreNotIsoAlpha2() {
        assertThatThrownBy(() -> new CountryRiskLists(LocalDate.of(2025, 1, 1), "s", Set.of("PRK"), Set.of(),
                Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
