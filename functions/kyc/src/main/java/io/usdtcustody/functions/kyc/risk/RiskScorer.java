package io.usdtcustody.functions.kyc.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assesses a customer: points per factor ({@link RiskModel}) add up to a score, the score gives a tier, and
 * {@link TierRule}s raise the tier where the law or policy does not leave it to points (a foreign PEP, a
 * high-risk jurisdiction, an open sanctions review → at least HIGH; a sanctions match or a prohibited
 * jurisdiction → PROHIBITED). The tier's {@link TierPolicy} gives limits, capped by the customer's declared
 * monthly volume, enhanced due diligence, and the date of the next periodic review. Pure: the assessment date
 * is passed in.
 */
public final class RiskScorer {
    private static final Set<CountryRiskLevel> EDD_LEVELS =
            EnumSet.of(CountryRiskLevel.FATF_CALL_FOR_ACTION, CountryRiskLevel.EU_HIGH_RISK_THIRD_COUNTRY);

    private final RiskModel model;
    private final CountryRiskLists lists;

    public RiskScorer(RiskModel model, CountryRiskLists lists) {
        this.model = Objects.requireNonNull(model, "model");
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    public RiskAssessment assess(RiskFactors factors, LocalDate assessedOn) {
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(assessedOn, "assessedOn");
        List<RiskContribution> contributions = new ArrayList<>();
        EnumSet<TierRule> rules = EnumSet.noneOf(TierRule.class);

        Set<CountryRiskLevel> residence = lists.levels(factors.countryOfResidence());
        CountryRiskLevel residenceLevel = worst(residence);
        contributions.add(new RiskContribution(RiskFactor.COUNTRY_OF_RESIDENCE, residenceLevel.name(),
                model.countryPoints().get(residenceLevel)));
        CountryRiskLevel nationalityLevel = CountryRiskLevel.STANDARD;
        Set<CountryRiskLevel> everyLevel = EnumSet.copyOf(residence);
        for (String nationality : factors.nationalities()) {
            Set<CountryRiskLevel> levels = lists.levels(nationality);
            everyLevel.addAll(levels);
            nationalityLevel = worse(nationalityLevel, worst(levels));
        }
        contributions.add(new RiskContribution(RiskFactor.NATIONALITY, nationalityLevel.name(),
                model.countryPoints().get(nationalityLevel) * model.nationalityPercent() / 100));
        contributions.add(new RiskContribution(RiskFactor.PEP, factors.pep().name(),
                model.pepPoints().get(factors.pep())));
        contributions.add(new RiskContribution(RiskFactor.PRODUCT, factors.product().name(),
                model.productPoints().get(factors.product())));
        contributions.add(new RiskContribution(RiskFactor.EXPECTED_VOLUME, factors.expectedMonthlyVolume().name(),
                model.volumePoints().get(factors.expectedMonthlyVolume())));
        contributions.add(new RiskContribution(RiskFactor.SANCTIONS_SCREENING, factors.screening().name(),
                model.screeningPoints().get(factors.screening())));

        if (factors.screening() == ScreeningStatus.CONFIRMED_MATCH) {
            rules.add(TierRule.SANCTIONS_MATCH);
        }
        if (everyLevel.contains(CountryRiskLevel.PROHIBITED)) {
            rules.add(TierRule.PROHIBITED_JURISDICTION);
        }
        if (factors.screening() == ScreeningStatus.POTENTIAL_MATCH_UNDER_REVIEW) {
            rules.add(TierRule.SANCTIONS_REVIEW_OPEN);
        }
        if (factors.pep() == PepStatus.FOREIGN) {
            rules.add(TierRule.FOREIGN_PEP);
        }
        if (everyLevel.stream().anyMatch(EDD_LEVELS::contains)) {
            rules.add(TierRule.HIGH_RISK_JURISDICTION);
        }

        int score = contributions.stream().mapToInt(RiskContribution::points).sum();
        RiskTier tier = rules.stream().map(TierRule::floor).reduce(model.tierForScore(score), RiskScorer::higher);
        TierPolicy policy = model.policy(tier);
        return new RiskAssessment(score, contributions, List.copyOf(rules), tier,
                limits(policy, factors.expectedMonthlyVolume()), policy.enhancedDueDiligence(),
                policy.onboardingAllowed(), assessedOn, assessedOn.plusMonths(policy.reviewIntervalMonths()),
                model.version(), lists.asOf());
    }

    /** The tier's limits, capped by the declared monthly volume. */
    private static CustomerLimits limits(TierPolicy policy, VolumeBand band) {
        long cap = band.maxMonthlyUsdt() > Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE
                : band.maxMonthlyUsdt() * 1_000_000L;
        return new CustomerLimits(Math.min(policy.perTransactionMicros(), cap),
                Math.min(policy.rolling24hMicros(), cap));
    }

    private static CountryRiskLevel worst(Set<CountryRiskLevel> levels) {
        return levels.stream().max(Comparator.naturalOrder()).orElse(CountryRiskLevel.STANDARD);
    }

    private static CountryRiskLevel worse(CountryRiskLevel a, CountryRiskLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static RiskTier higher(RiskTier a, RiskTier b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
