package io.usdtcustody.functions.kyc.risk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskModelTest {
    private static final JsonCodec CODEC = new JsonCodec();

    @Test
    void fromJson_shouldReadTheModelItWrote() {
        RiskModel model = RiskModel.defaults();

        assertThat(RiskModel.fromJson(CODEC.write(model), CODEC)).isEqualTo(model);
    }

    @Test
    void fromJson_shouldRefuseAModelMissingAPointValue() {
        ObjectNode json = CODEC.toObjectNode(RiskModel.defaults());
        ((ObjectNode) json.get("pepPoints")).remove("FOREIGN");

        assertThatThrownBy(() -> RiskModel.fromJson(CODEC.write(json), CODEC))
                .isInstanceOf(JsonDecodingException.class);
    }

    @Test
    void constructor_shouldRefuseRiskierTierWithHigherLimits() {
        RiskModel base = RiskModel.defaults();
        List<TierPolicy> inverted = List.of(new TierPolicy(RiskTier.LOW, 1, 1, false, 36, true),
                new TierPolicy(RiskTier.MEDIUM, 5, 5, false, 24, true),
                new TierPolicy(RiskTier.HIGH, 1, 1, true, 12, true),
                new TierPolicy(RiskTier.PROHIBITED, 0, 0, true, 12, false));

        assertThatThrownBy(() -> new RiskModel("x", base.countryPoints(), 50, base.pepPoints(), base.productPoints(),
                base.volumePoints(), base.screeningPoints(), 20, 45, inverted))
                .hasMessage("a riskier tier cannot have higher limits");
    }

    @Test
    void constructor_shouldRefuseThresholdsOutOfOrder_andMissingTiers() {
        RiskModel base = RiskModel.defaults();

        assertThatThrownBy(() -> new RiskModel("x", base.countryPoints(), 50, base.pepPoints(), base.productPoints(),
                base.volumePoints(), base.screeningPoints(), 45, 20, base.tiers()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskModel("x", base.countryPoints(), 50, base.pepPoints(), base.productPoints(),
                base.volumePoints(), base.screeningPoints(), 20, 45, base.tiers().subList(0, 3)))
                .hasMessage("each tier needs exactly one policy");
        assertThatThrownBy(() -> new RiskModel("x", Map.of(), 50, base.pepPoints(), base.productPoints(),
                base.volumePoints(), base.screeningPoints(), 20, 45, base.tiers()))
                .hasMessageContaining("CountryRiskLevel");
    }

    @Test
    void tierPolicy_shouldRefuseLimitsForATierThatMayNotBeOnboarded() {
        assertThatThrownBy(() -> new TierPolicy(RiskTier.PROHIBITED, 1, 1, true, 12, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void volumeBand_shouldPlaceDeclaredVolumes() {
        assertThat(VolumeBand.of(0)).isEqualTo(VolumeBand.UP_TO_10K);
        assertThat(VolumeBand.of(10_000)).isEqualTo(VolumeBand.UP_TO_10K);
        assertThat(VolumeBand.of(10_001)).isEqualTo(VolumeBand.UP_TO_100K);
        assertThat(VolumeBand.of(5_000_000)).isEqualTo(VolumeBand.ABOVE_1M);
        assertThatThrownBy(() -> VolumeBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshot_shouldRoundTripThroughTheCodec_withLimitsAsDecimalStrings() {
        RiskAssessment assessment = RiskScorerTest.SCORER.assess(new RiskFactors("DE", List.of("DE"),
                PepStatus.FOREIGN, Product.CUSTODY_ONLY, VolumeBand.UP_TO_1M, ScreeningStatus.CLEAR),
                RiskScorerTest.TODAY);
        CustomerRiskSnapshot snapshot = CustomerRiskSnapshot.of(assessment);

        byte[] json = CODEC.write(snapshot);

        assertThat(CODEC.read(json, CustomerRiskSnapshot.class)).isEqualTo(snapshot);
        assertThat(CODEC.readTree(json).fieldNames()).toIterable().containsExactly("modelVersion", "assessedOn",
                "listsAsOf", "tier", "score", "rules", "enhancedDueDiligence", "onboardingAllowed", "nextReviewDue",
                "perTransactionLimitUsdt", "rolling24hLimitUsdt", "contributions");
        assertThat(new String(json, UTF_8)).contains("\"tier\":\"HIGH\"", "\"perTransactionLimitUsdt\":\"10000\"",
                "\"nextReviewDue\":\"2026-07-01\"", "\"rules\":[\"FOREIGN_PEP\"]");
        assertThat(snapshot.limits()).isEqualTo(assessment.limits());
    }
}
