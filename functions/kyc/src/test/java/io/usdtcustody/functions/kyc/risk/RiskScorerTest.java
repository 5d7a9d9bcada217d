package io.usdtcustody.functions.kyc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScorerTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    static final RiskScorer SCORER = new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults());

    static RiskFactors factors(String residence, List<String> nationalities, PepStatus pep, Product product,
            VolumeBand volume, ScreeningStatus screening) {
        return new RiskFactors(residence, nationalities, pep, product, volume, screening);
    }

    static RiskFactors ordinary(String residence, String nationality) {
        return factors(residence, List.of(nationality), PepStatus.NONE, Product.CUSTODY_ONLY, VolumeBand.ABOVE_1M,
                ScreeningStatus.CLEAR);
    }

    @Test
    void assess_shouldExplainEveryFactor_forAnOrdinaryCustomer() {
        RiskAssessment assessment = SCORER.assess(factors("DE", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);

        assertThat(assessment.contributions()).containsExactly(
                new RiskContribution(RiskFactor.COUNTRY_OF_RESIDENCE, "STANDARD", 0),
                new RiskContribution(RiskFactor.NATIONALITY, "STANDARD", 0),
                new RiskContribution(RiskFactor.PEP, "NONE", 0),
                new RiskContribution(RiskFactor.PRODUCT, "CUSTODY_ONLY", 0),
                new RiskContribution(RiskFactor.EXPECTED_VOLUME, "UP_TO_10K", 0),
                new RiskContribution(RiskFactor.SANCTIONS_SCREENING, "CLEAR", 0));
        assertThat(assessment.tier()).isEqualTo(RiskTier.LOW);
        assertThat(assessment.rules()).isEmpty();
        assertThat(assessment.enhancedDueDiligence()).isFalse();
        assertThat(assessment.nextReviewDue()).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(assessment.modelVersion()).isEqualTo("2025-06-30.1");
        assertThat(assessment.listsAsOf()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void assess_shouldCapLimitsByTheDeclaredMonthlyVolume() {
        RiskAssessment small = SCORER.assess(factors("DE", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);
        RiskAssessment larger = SCORER.assess(factors("DE", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_100K, ScreeningStatus.CLEAR), TODAY);

        assertThat(small.limits()).isEqualTo(new CustomerLimits(10_000_000_000L, 10_000_000_000L));
        assertThat(larger.tier()).isEqualTo(RiskTier.LOW);
        assertThat(larger.limits()).isEqualTo(new CustomerLimits(50_000_000_000L, 100_000_000_000L));
    }

    @Test
    void assess_shouldAddGreyListPoints_andHalfOfThemForANationality() {
        RiskAssessment resident = SCORER.assess(factors("BO", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);
        RiskAssessment national = SCORER.assess(factors("DE", List.of("FR", "BO"), PepStatus.NONE,
                Product.CUSTODY_ONLY, VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);

        assertThat(resident.score()).isEqualTo(25);
        assertThat(resident.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(national.contributions().get(1))
                .isEqualTo(new RiskContribution(RiskFactor.NATIONALITY, "FATF_INCREASED_MONITORING", 12));
        assertThat(national.tier()).isEqualTo(RiskTier.LOW);
    }

    @Test
    void assess_shouldRequireEnhancedDueDiligence_forEuHighRiskOrCallForActionCountries() {
        RiskAssessment afghanistan = SCORER.assess(factors("AF", List.of("AF"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);
        RiskAssessment myanmarNational = SCORER.assess(factors("TH", List.of("MM"), PepStatus.NONE,
                Product.CUSTODY_ONLY, VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);

        assertThat(afghanistan.score()).isEqualTo(30);
        assertThat(afghanistan.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(afghanistan.rules()).containsExactly(TierRule.HIGH_RISK_JURISDICTION);
        assertThat(afghanistan.enhancedDueDiligence()).isTrue();
        assertThat(afghanistan.nextReviewDue()).isEqualTo(TODAY.plusYears(1));
        assertThat(myanmarNational.contributions().get(1).code()).isEqualTo("FATF_CALL_FOR_ACTION");
        assertThat(myanmarNational.tier()).isEqualTo(RiskTier.HIGH);
    }

    @Test
    void assess_shouldProhibit_whenResidenceOrNationalityIsNotServed() {
        RiskAssessment iran = SCORER.assess(ordinary("IR", "IR"), TODAY);
        RiskAssessment cubanNational = SCORER.assess(ordinary("ES", "CU"), TODAY);

        assertThat(iran.tier()).isEqualTo(RiskTier.PROHIBITED);
        assertThat(iran.rules()).contains(TierRule.PROHIBITED_JURISDICTION, TierRule.HIGH_RISK_JURISDICTION);
        assertThat(iran.onboardingAllowed()).isFalse();
        assertThat(iran.limits()).isEqualTo(new CustomerLimits(0, 0));
        assertThat(cubanNational.tier()).isEqualTo(RiskTier.PROHIBITED);
        assertThat(cubanNational.rules()).containsExactly(TierRule.PROHIBITED_JURISDICTION);
    }

    @Test
    void assess_shouldRaiseForeignPepToHigh_evenWhenTheScoreSaysMedium() {
        RiskAssessment assessment = SCORER.assess(factors("DE", List.of("DE"), PepStatus.FOREIGN,
                Product.CUSTODY_ONLY, VolumeBand.UP_TO_10K, ScreeningStatus.CLEAR), TODAY);

        assertThat(assessment.score()).isEqualTo(40);
        assertThat(RiskModel.defaults().tierForScore(40)).isEqualTo(RiskTier.MEDIUM);
        assertThat(assessment.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(assessment.rules()).containsExactly(TierRule.FOREIGN_PEP);
        assertThat(assessment.enhancedDueDiligence()).isTrue();
    }

    @Test
    void assess_shouldScoreDomesticPepTradingAndVolume_byPointsAlone() {
        RiskAssessment assessment = SCORER.assess(factors("GB", List.of("GB"), PepStatus.DOMESTIC, Product.TRADING,
                VolumeBand.UP_TO_100K, ScreeningStatus.CLEAR), TODAY);

        assertThat(assessment.score()).isEqualTo(40);
        assertThat(assessment.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(assessment.nextReviewDue()).isEqualTo(TODAY.plusYears(2));
        assertThat(assessment.limits()).isEqualTo(new CustomerLimits(20_000_000_000L, 50_000_000_000L));
    }

    @Test
    void assess_shouldHoldOpenSanctionsReviewAtHigh_andProhibitAConfirmedMatch() {
        RiskAssessment review = SCORER.assess(factors("DE", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_10K, ScreeningStatus.POTENTIAL_MATCH_UNDER_REVIEW), TODAY);
        RiskAssessment match = SCORER.assess(factors("DE", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_10K, ScreeningStatus.CONFIRMED_MATCH), TODAY);

        assertThat(review.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(review.rules()).containsExactly(TierRule.SANCTIONS_REVIEW_OPEN);
        assertThat(match.tier()).isEqualTo(RiskTier.PROHIBITED);
        assertThat(match.rules()).containsExactly(TierRule.SANCTIONS_MATCH);
    }

    @Test
    void limits_shouldConvertToEachUsdtChainsMinorUnits() {
        CustomerLimits limits = SCORER.assess(factors("DE", List.of("DE"), PepStatus.NONE, Product.CUSTODY_ONLY,
                VolumeBand.UP_TO_100K, ScreeningStatus.CLEAR), TODAY).limits();

        assertThat(limits.perTransaction(Asset.USDT_TRON)).isEqualTo(Amount.parse("50000", Asset.USDT_TRON));
        assertThat(limits.rolling24h(Asset.USDT_OMNI)).isEqualTo(Amount.parse("100000", Asset.USDT_OMNI));
        assertThat(limits.rolling24h(Asset.USDT_OMNI).minorUnits()).isEqualTo(10_000_000_000_000L);
    }

    @Test
    void reviewDueOn_shouldTurnTrueOnTheDueDate() {
        RiskAssessment assessment = SCORER.assess(ordinary("DE", "DE"), TODAY);

        assertThat(assessment.reviewDueOn(assessment.nextReviewDue().minusDays(1))).isFalse();
        assertThat(assessment.reviewDueOn(assessment.nextReviewDue())).isTrue();
    }
}
