package io.usdtcustody.functions.kyc.risk;

import io.usdtcustody.model.money.MinorUnits;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The shape proposed for storing a customer's risk on the customer record (a {@code risk} attribute of the
 * customers table item), so that custody's policy engine can read the tier and limits without knowing the
 * model: everything as plain values, limits as decimal strings in whole USDT (as every amount in JSON), the
 * contributions kept for the analyst who asks "why". Written and read with the platform's {@code JsonCodec}:
 * <pre>{@code {"modelVersion":"2025-06-30.1","assessedOn":"2025-07-01","listsAsOf":"2025-06-30","tier":"HIGH",
 *  "score":45,"rules":["FOREIGN_PEP"],"enhancedDueDiligence":true,"onboardingAllowed":true,
 *  "nextReviewDue":"2026-07-01","perTransactionLimitUsdt":"10000","rolling24hLimitUsdt":"20000",
 *  "contributions":[{"factor":"PEP","code":"FOREIGN","points":40}, …]}}</pre>
 * Custody needs only {@code tier}, the two limits and {@code onboardingAllowed}; when it reads this, the record
 * belongs in shared-model.
 */
public record CustomerRiskSnapshot(String modelVersion, LocalDate assessedOn, LocalDate listsAsOf, RiskTier tier,
                                   int score, List<TierRule> rules, boolean enhancedDueDiligence,
                                   boolean onboardingAllowed, LocalDate nextReviewDue, String perTransactionLimitUsdt,
                                   String rolling24hLimitUsdt, List<RiskContribution> contributions) {
    public CustomerRiskSnapshot {
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(listsAsOf, "listsAsOf");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(nextReviewDue, "nextReviewDue");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
        MinorUnits.parse(Objects.requireNonNull(perTransactionLimitUsdt, "perTransactionLimitUsdt"),
                CustomerLimits.MICRO_DECIMALS);
        MinorUnits.parse(Objects.requireNonNull(rolling24hLimitUsdt, "rolling24hLimitUsdt"),
                CustomerLimits.MICRO_DECIMALS);
    }

    public static CustomerRiskSnapshot of(RiskAssessment assessment) {
        return new CustomerRiskSnapshot(assessment.modelVersion(), assessment.assessedOn(), assessment.listsAsOf(),
                assessment.tier(), assessment.score(), assessment.rules(), assessment.enhancedDueDiligence(),
                assessment.onboardingAllowed(), assessment.nextReviewDue(),
                MinorUnits.format(assessment.limits().perTransactionMicros(), CustomerLimits.MICRO_DECIMALS),
                MinorUnits.format(assessment.limits().rolling24hMicros(), CustomerLimits.MICRO_DECIMALS),
                assessment.contributions());
    }

    /** The limits back in micro-USDT, for a reader such as custody. */
    public CustomerLimits limits() {
        return new CustomerLimits(MinorUnits.parse(perTransactionLimitUsdt, CustomerLimits.MICRO_DECIMALS),
                MinorUnits.parse(rolling24hLimitUsdt, CustomerLimits.MICRO_DECIMALS));
    }
}
