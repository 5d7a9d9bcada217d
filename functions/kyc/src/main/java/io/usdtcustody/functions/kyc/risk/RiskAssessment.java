package io.usdtcustody.functions.kyc.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The explainable result of assessing one customer: the {@code score} and each factor's contribution, the
 * {@code rules} that set the tier regardless of the score, the resulting {@code tier} and what it means
 * (limits, enhanced due diligence, next periodic review), and the model version and list date it was made
 * with. Carries codes and numbers only, no personal data.
 */
public record RiskAssessment(int score, List<RiskContribution> contributions, List<TierRule> rules, RiskTier tier,
                             CustomerLimits limits, boolean enhancedDueDiligence, boolean onboardingAllowed,
                             LocalDate assessedOn, LocalDate nextReviewDue, String modelVersion,
                             LocalDate listsAsOf) {
    public RiskAssessment {
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(nextReviewDue, "nextReviewDue");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(listsAsOf, "listsAsOf");
        if (score != contributions.stream().mapToInt(RiskContribution::points).sum()) {
            throw new IllegalArgumentException("the score is the sum of the contributions");
        }
    }

    /** Whether the periodic review is due on {@code today}. */
    public boolean reviewDueOn(LocalDate today) {
        return !today.isBefore(nextReviewDue);
    }
}
