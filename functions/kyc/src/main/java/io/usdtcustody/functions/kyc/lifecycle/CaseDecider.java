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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a submitted case once the vendor has spoken, in this order: a vendor rejection rejects; a sanctions
 * hit — the case's own screen of the document name, or onboarding's screen of the legal name the customer was
 * created with — sends the case to review whatever else holds (a possible match is an analyst's call, and may need
 * a report), carrying every hit with its explanation; an identity document expired since upload rejects; a
 * nationality that is no country sends it to review; a prohibited jurisdiction rejects; a risk tier that needs
 * enhanced due diligence the case's level does not provide sends it to review; otherwise the case is approved
 * with the tier's limits. Pure: time is passed in.
 */
public final class CaseDecider {
    private final RiskScorer scorer;

    public CaseDecider(RiskScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /** The decision, the screening it rests on, and the risk snapshot when the customer could be assessed. */
    public record Outcome(Decision decision, Optional<ScreeningReview> screening, Optional<CustomerRiskSnapshot> risk) {
    }

    /**
     * Decides {@code submitted}. {@code screening} is the case's screen of its identity document (none when the
     * vendor rejected); {@code onboardingMatch} is onboarding's screen of the customer when it matched.
     */
    public Outcome decide(KycCase submitted, VendorOutcome vendorOutcome, List<String> vendorReasons, String decidedBy,
                          Optional<ScreeningReview> screening, Optional<ScreeningReview> onboardingMatch, Instant now) {
        if (vendorOutcome == VendorOutcome.REJECTED) {
            return outcome(CaseState.REJECTED, List.of(ReasonCode.VENDOR_REJECTED), vendorReasons, decidedBy,
                    screening, Optional.empty(), now);
        }
        IdentityData identity = submitted.identity()
                .orElseThrow(() -> new IllegalStateException("a submitted case has an identity document"));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<ReasonCode> sanctions = new ArrayList<>();
        if (screening.map(ScreeningReview::hasHits).orElse(false)) {
            sanctions.add(ReasonCode.SANCTIONS_POTENTIAL_MATCH);
        }
        if (onboardingMatch.map(ScreeningReview::hasHits).orElse(false)) {
            sanctions.add(ReasonCode.ONBOARDING_SCREENING_MATCH);
        }
        boolean possibleMatch = !sanctions.isEmpty();
        Optional<RiskAssessment> assessment = identity.nationalityAlpha2().map(nationality -> scorer.assess(
                new RiskFactors(submitted.riskProfile().countryOfResidence(), List.of(nationality),
                        submitted.riskProfile().pep(), submitted.riskProfile().product(),
                        submitted.riskProfile().expectedMonthlyVolume(),
                        possibleMatch ? ScreeningStatus.POTENTIAL_MATCH_UNDER_REVIEW : ScreeningStatus.CLEAR), today));
        Optional<CustomerRiskSnapshot> risk = assessment.map(CustomerRiskSnapshot::of);
        if (possibleMatch) {
            return outcome(CaseState.IN_REVIEW, sanctions, vendorReasons, decidedBy,
                    Optional.of(combined(screening, onboardingMatch.filter(ScreeningReview::hasHits))), risk, now);
        }
        ReasonCode reason;
        CaseState state;
        if (identity.expiredOn(today)) {
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
        return outcome(state, List.of(reason), vendorReasons, decidedBy, screening, risk, now);
    }

    /**
     * The review an analyst sees: the case's own screen with onboarding's hits added (an entry both found once,
     * as the case's screen scored it); onboarding's alone when the case's screen found nothing.
     */
    private static ScreeningReview combined(Optional<ScreeningReview> screening, Optional<ScreeningReview> onboarding) {
        if (onboarding.isEmpty()) {
            return screening.orElseThrow();
        }
        if (screening.filter(ScreeningReview::hasHits).isEmpty()) {
            return onboarding.get();
        }
        ScreeningReview own = screening.get();
        Map<Integer, ScreeningReview.Hit> hits = new LinkedHashMap<>();
        own.hits().forEach(hit -> hits.put(hit.entryId(), hit));
        onboarding.get().hits().forEach(hit -> hits.putIfAbsent(hit.entryId(), hit));
        return new ScreeningReview(own.trigger(), own.listSource(), List.copyOf(hits.values()), own.screenedAt());
    }

    private static Outcome outcome(CaseState state, List<ReasonCode> reasons, List<String> vendorReasons,
                                   String decidedBy, Optional<ScreeningReview> screening,
                                   Optional<CustomerRiskSnapshot> risk, Instant now) {
        return new Outcome(new Decision(state, reasons, vendorReasons, decidedBy, now), screening, risk);
    }
}
