package io.usdtcustody.model.travelrule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TravelRuleThresholdsTest {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final TravelRuleThresholds DEFAULTS = TravelRuleThresholds.defaults(CODEC);

    @ParameterizedTest
    @CsvSource({
            "FATF, USD, 1000, AT_OR_ABOVE, NAMES_AND_ACCOUNTS, FATF_R16",
            "EU,   EUR, 0,    AT_OR_ABOVE, NONE,               EU_TFR",
            "US,   USD, 3000, AT_OR_ABOVE, NONE,               NAME_ADDRESS_ACCOUNT",
            "SG,   SGD, 1500, ABOVE,       NAMES_AND_ACCOUNTS, FATF_R16",
            "CH,   CHF, 0,    AT_OR_ABOVE, NONE,               FATF_R16",
            "GB,   EUR, 1000, AT_OR_ABOVE, NAMES_AND_ACCOUNTS, FATF_R16",
            "CA,   CAD, 1000, AT_OR_ABOVE, NONE,               NAME_ADDRESS_ACCOUNT",
            "JP,   JPY, 0,    AT_OR_ABOVE, NONE,               FATF_R16"})
    void defaults_shouldHoldTheResearchedRule(String jurisdiction, String currency, String threshold,
            ThresholdBoundary boundary, DataRequirement below, DataProfile profile) {
        JurisdictionRule rule = DEFAULTS.find(jurisdiction).orElseThrow();

        assertThat(rule.currency()).isEqualTo(currency);
        assertThat(rule.threshold()).isEqualByComparingTo(new BigDecimal(threshold));
        assertThat(rule.boundary()).isEqualTo(boundary);
        assertThat(rule.belowThreshold()).isEqualTo(below);
        assertThat(rule.profile()).isEqualTo(profile);
        assertThat(rule.source()).isNotBlank();
    }

    @Test
    void defaults_shouldSayWhenTheyWereChecked_andFallBackToFatf() {
        assertThat(DEFAULTS.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(DEFAULTS.rules()).hasSize(8);
        assertThat(DEFAULTS.ruleFor("BR").jurisdiction()).isEqualTo("FATF");
        assertThat(DEFAULTS.ruleFor("US").jurisdiction()).isEqualTo("US");
    }

    @Test
    void fromJson_shouldRefuseTable_whenJurisdictionRepeated() {
        String json = """
                {"asOf": "2025-06-30", "fallbackJurisdiction": "FATF", "rules": [%s, %s]}
                """.formatted(rule("FATF", "1000"), rule("FATF", "0"));

        assertThatThrownBy(() -> TravelRuleThresholds.fromJson(json.getBytes(UTF_8), CODEC))
                .isInstanceOf(JsonDecodingException.class);
    }

    @Test
    void fromJson_shouldRefuseTable_whenFallbackMissingOrThresholdNegativeOrMemberUnknown() {
        String noFallback = "{\"asOf\": \"2025-06-30\", \"fallbackJurisdiction\": \"FATF\", \"rules\": [%s]}"
                .formatted(rule("US", "3000"));
        String negative = "{\"asOf\": \"2025-06-30\", \"fallbackJurisdiction\": \"FATF\", \"rules\": [%s]}"
                .formatted(rule("FATF", "-1"));
        String unknown = "{\"asOf\": \"2025-06-30\", \"fallbackJurisdiction\": \"FATF\", \"rules\": [%s], \"x\": 1}"
                .formatted(rule("FATF", "1000"));

        for (String json : new String[] {noFallback, negative, unknown}) {
            assertThatThrownBy(() -> TravelRuleThresholds.fromJson(json.getBytes(UTF_8), CODEC))
                    .isInstanceOf(JsonDecodingException.class);
        }
    }

    @Test
    void fromJson_shouldReadDeploymentTable() {
        String json = "{\"asOf\": \"2025-09-01\", \"fallbackJurisdiction\": \"FATF\", \"rules\": [%s]}"
                .formatted(rule("FATF", "999.99"));

        TravelRuleThresholds table = TravelRuleThresholds.fromJson(json.getBytes(UTF_8), CODEC);

        assertThat(table.ruleFor("FATF").threshold()).isEqualByComparingTo("999.99");
    }

    private static String rule(String jurisdiction, String threshold) {
        return ("{\"jurisdiction\": \"%s\", \"name\": \"n\", \"currency\": \"USD\", \"threshold\": \"%s\","
                + " \"boundary\": \"AT_OR_ABOVE\", \"belowThreshold\": \"NONE\", \"profile\": \"FATF_R16\","
                + " \"source\": \"s\"}").formatted(jurisdiction, threshold);
    }
}
