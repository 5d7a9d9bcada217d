package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.IdentityData;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.risk.CustomerRiskSnapshot;
import io.usdtcustody.functions.kyc.risk.RiskAssessment;
import io.usdtcustody.functions.kyc.risk.RiskFactors;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.risk.ScreeningStatus;
import io.usdtcustody.model.kyc.VendorOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a submitted case once the vendor has spoken, in this order: a vendor rejection rejects; a sanctions
 * hit sends the case to review whatever else holds (a possible match is an analyst's call, and may need a
 * report); an identity document expired since upload rejects; a nationality that is no country sends it to
 * review; a prohibited jurisdiction rejects; a risk tier that needs enhanced due diligence the case's level does
 * not provide sends it to review; otherwise the case is approved with the tier's limits. Pure: time is passed in.
 */
public final class CaseDecider {
    private final RiskScorer scorer;

    public CaseDecider(RiskScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /** The decision, the screening it rests on, and the risk snapshot when the customer could be assessed. */
    public record Outcome(Decision decision, Optional<ScreeningReview> screening, Optional<CustomerRiskSnapshot> risk) {
    }

    public Outcome decide(KycCase submitted, VendorOutcome vendorOutcome, List<String> vendorReasons, String decidedBy,
                          Optional<ScreeningReview> screening, Instant now) {
        if (vendorOutcome == VendorOutcome.REJECTED) {
            return outcome(CaseState.REJECTED, ReasonCode.VENDOR_REJECTED, vendorReasons, decidedBy, screening,
                    Optional.empty(), now);
        }
        IdentityData identity = submitted.identity()
                .orElseThrow(() -> new IllegalStateException("a submitted case has an identity document"));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean possibleMatch = screening.map(ScreeningReview::hasHits).orElse(false);
        Optional<RiskAssessment> assessment = identity.nationalityAlpha2().map(nationality -> scorer.assess(
                new RiskFactors(submitted.riskProfile().countryOfResidence(), List.of(nationality),
                        submitted.riskProfile().pep(), submitted.riskProfile().product(),
                        submitted.riskProfile().expectedMonthlyVolume(),
                        possibleMatch ? ScreeningStatus.POTENTIAL_MATCH_UNDER_REVIEW : ScreeningStatus.CLEAR), today));
        Optional<CustomerRiskSnapshot> risk = assessment.map(CustomerRiskSnapshot::of);
        ReasonCode reason;
        CaseState state;
        if (possibleMatch) {
            state = CaseState.IN_REVIEW;
            reason = ReasonCode.SANCTIONS_POTENTIAL_MATCH;
        } else if (identity.expiredOn(today)) {
            state = CaseState.REJECTED;
            reason = ReasonCode.IDENTITY_DOCUMENT_EXPIRED;
        } else if (assessment.isEmpty()) {
            state = CaseState.IN_REVIEW;
            reason = ReasonCode.NATIONALITY_UNRESOLVED;
        } else if (!assessment.get().onboardingAllowed()) {
            state = CaseState.REJECTED;
            reason = ReasonCode.PROHIBITED_JURISDICTION;
        } else if (assessment.get().enhancedDueDiligence() && !submitted.level().covers(KycLevel.ENHANCED)) {
            state = CaseState.IN_REVIEW;
            reason = ReasonCode.ENHANCED_DUE_DILIGENCE_REQUIRED;
        } else {
            state = CaseState.APPROVED;
            reason = ReasonCode.VENDOR_APPROVED;
        }
        return outcome(state, reason, vendorReasons, decidedBy, screening, risk, now);
    }

    private static Outcome outcome(CaseState state, ReasonCode reason, List<String> vendorReasons, String decidedBy,
                                   Optional<ScreeningReview> screening, Optional<CustomerRiskSnapshot> risk,
                                   Instant now) {
        return new Outcome(new Decision(state, List.of(reason), vendorReasons, decidedBy, now), screening, risk);
    }
}
