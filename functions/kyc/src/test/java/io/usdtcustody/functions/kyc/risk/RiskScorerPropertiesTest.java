package io.usdtcustody.functions.kyc.risk;

import static io.usdtcustody.functions.kyc.risk.RiskScorerTest.SCORER;
import static io.usdtcustody.functions.kyc.risk.RiskScorerTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the risk model over every combination of factors. */
class RiskScorerPropertiesTest {
    private static final List<String> COUNTRIES = List.of("DE", "GB", "US", "SG", "BO", "ZA", "AF", "MM", "KP",
            "IR", "CU", "VG", "MC", "JP", "BR");

    @Property(tries = 2000)
    void assess_shouldNeverLowerTheTier_whenOneFactorGetsWorse(@ForAll("factors") RiskFactors factors,
            @ForAll("worsenings") int which) {
        RiskFactors worse = worsen(factors, which);

        RiskAssessment before = SCORER.assess(factors, TODAY);
        RiskAssessment after = SCORER.assess(worse, TODAY);

        assertThat(after.tier()).isGreaterThanOrEqualTo(before.tier());
        assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
        if (which != 2) { // a larger declared volume may raise the volume cap on limits, by design
            assertThat(after.limits().perTransactionMicros()).isLessThanOrEqualTo(before.limits().perTransactionMicros());
            assertThat(after.limits().rolling24hMicros()).isLessThanOrEqualTo(before.limits().rolling24hMicros());
        }
    }

    @Property(tries = 2000)
    void assess_shouldStayWithinTheTiersPolicy(@ForAll("factors") RiskFactors factors) {
        RiskAssessment assessment = SCORER.assess(factors, TODAY);
        TierPolicy policy = RiskModel.defaults().policy(assessment.tier());

        assertThat(assessment.limits().perTransactionMicros()).isLessThanOrEqualTo(policy.perTransactionMicros());
        assertThat(assessment.limits().rolling24hMicros()).isLessThanOrEqualTo(policy.rolling24hMicros());
        assertThat(assessment.limits().perTransactionMicros())
                .isLessThanOrEqualTo(assessment.limits().rolling24hMicros());
        assertThat(assessment.tier()).isGreaterThanOrEqualTo(RiskModel.defaults().tierForScore(assessment.score()));
        assertThat(assessment.tier() == RiskTier.PROHIBITED).isEqualTo(
                assessment.rules().contains(TierRule.SANCTIONS_MATCH)
                        || assessment.rules().contains(TierRule.PROHIBITED_JURISDICTION));
        assertThat(assessment.enhancedDueDiligence()).isEqualTo(assessment.tier().compareTo(RiskTier.HIGH) >= 0);
    }

    private static RiskFactors worsen(RiskFactors f, int which) {
        return switch (which) {
            case 0 -> new RiskFactors(f.countryOfResidence(), f.nationalities(), next(f.pep()), f.product(),
                    f.expectedMonthlyVolume(), f.screening());
            case 1 -> new RiskFactors(f.countryOfResidence(), f.nationalities(), f.pep(), next(f.product()),
                    f.expectedMonthlyVolume(), f.screening());
            case 2 -> new RiskFactors(f.countryOfResidence(), f.nationalities(), f.pep(), f.product(),
                    next(f.expectedMonthlyVolume()), f.screening());
            case 3 -> new RiskFactors(f.countryOfResidence(), f.nationalities(), f.pep(), f.product(),
                    f.expectedMonthlyVolume(), next(f.screening()));
            default -> new RiskFactors(f.countryOfResidence(),
                    List.of(f.nationalities().get(0), "KP"), f.pep(), f.product(), f.expectedMonthlyVolume(),
                    f.screening());
        };
    }

    private static <E extends Enum<E>> E next(E value) {
        E[] values = value.getDeclaringClass().getEnumConstants();
        return values[Math.min(value.ordinal() + 1, values.length - 1)];
    }

    @Provide
    Arbitrary<Integer> worsenings() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<RiskFactors> factors() {
        Arbitrary<String> country = Arbitraries.of(COUNTRIES);
        return Combinators.combine(country, country.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(PepStatus.class), Arbitraries.of(Product.class), Arbitraries.of(VolumeBand.class),
                Arbitraries.of(ScreeningStatus.class)).as(RiskFactors::new);
    }
}
