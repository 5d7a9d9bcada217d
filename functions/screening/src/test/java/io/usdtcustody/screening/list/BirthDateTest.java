package io.usdtcustody.screening.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateTest {

    @Test
    void parse_shouldSpanTheWholePeriod_whenOnlyAYearOrMonthIsGiven() {
        BirthDate year = BirthDate.parse("1960").orElseThrow();
        assertThat(year.earliest()).isEqualTo(LocalDate.of(1960, 1, 1));
        assertThat(year.latest()).isEqualTo(LocalDate.of(1960, 12, 31));
        BirthDate month = BirthDate.parse("Feb 1964").orElseThrow();
        assertThat(month.latest()).isEqualTo(LocalDate.of(1964, 2, 29));
    }

    @Test
    void parse_shouldReadRangesAndCirca_whenOfacGivesThem() {
        BirthDate range = BirthDate.parse("01 Jan 1958 to 31 Dec 1960").orElseThrow();
        assertThat(range.admits(LocalDate.of(1959, 6, 1))).isTrue();
        BirthDate circa = BirthDate.parse("circa 1970").orElseThrow();
        assertThat(circa.admits(LocalDate.of(1969, 3, 3))).isTrue();
        assertThat(circa.admits(LocalDate.of(1972, 1, 1))).isFalse();
        assertThat(circa.yearsApart(LocalDate.of(1980, 1, 1))).isEqualTo(9);
    }

    @Test
    void parse_shouldBeEmpty_whenTheTextIsNoDate() {
        assertThat(BirthDate.parse("unknown")).isEmpty();
        assertThat(BirthDate.parse("31 Feb 1960")).isEmpty();
        assertThat(BirthDate.parse("12 Jan 1960.")).hasValueSatisfying(d -> assertThat(d.isExactDay()).isTrue());
    }
}
