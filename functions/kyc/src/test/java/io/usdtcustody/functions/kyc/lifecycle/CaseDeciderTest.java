package io.usdtcustody.functions.kyc.lifecycle;

import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.NOW;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.identity;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.specimenIdentity;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.risk.RiskTier;
import io.usdtcustody.model.kyc.VendorOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseDeciderTest {
    private static final ScreeningReview CLEAR = new ScreeningReview(ScreeningReview.Trigger.CASE_DECISION, "list",
            List.of(), NOW);
    private static final ScreeningReview HIT = new ScreeningReview(ScreeningReview.Trigger.CASE_DECISION, "list",
            List.of(new ScreeningReview.Hit(2676, "AL ZAWAHIRI, Dr. Ayman", "AL ZAWAHIRI, Dr. Ayman", List.of("SDGT"),
                    0.93, "score 0.93: zawahiri = zawahiri")), NOW);
    private static final ScreeningReview ONBOARDING = new ScreeningReview(ScreeningReview.Trigger.ONBOARDING, "list",
            List.of(new ScreeningReview.Hit(21171, "PRIGOZHIN, Yevgeniy Viktorovich", "PRIGOZHIN, Evgeny",
                    List.of("RUSSIA-EO14024"), 0.97, "score 0.97: prigozhin = prigozhin")), NOW);
    private final CaseDecider decider = new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults()));

    @Test
    void decide_shouldApprove_withTheTiersLimitsAndReviewDate_whenTheVendorApprovesAndTheScreenIsClear() {
        var outcome = decider.decide(submitted(specimenIdentity()), VendorOutcome.APPROVED, List.of("MRZ_VALID"),
                "vendor:sandbox", Optional.of(CLEAR), Optional.empty(), NOW);

        assertThat(outcome.decision().outcome()).isEqualTo(CaseState.APPROVED);
        assertThat(outcome.decision().reasons()).containsExactly(ReasonCode.VENDOR_APPROVED);
        assertThat(outcome.decision().vendorReasons()).containsExactly("MRZ_VALID");
        var risk = outcome.risk().orElseThrow();
        assertThat(risk.tier()).isEqualTo(RiskTier.LOW);
        assertThat(risk.perTransactionLimitUsdt()).isEqualTo("10000");
        assertThat(risk.nextReviewDue()).isEqualTo(LocalDate.of(2028, 7, 1));
    }

    @Test
    void decide_shouldSendToReview_whenTheScreenHits_evenIfTheVendorApproves() {
        var outcome = decider.decide(submitted(identity("AL ZAWAHIRI", "AYMAN", "EGY", LocalDate.of(1951, 6, 19),
                LocalDate.of(2030, 1, 1))), VendorOutcome.APPROVED, List.of(), "vendor:sandbox", Optional.of(HIT), Optional.empty(), NOW);

        assertThat(outcome.decision().outcome()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(outcome.decision().reasons()).containsExactly(ReasonCode.SANCTIONS_POTENTIAL_MATCH);
        assertThat(outcome.screening()).contains(HIT);
        assertThat(outcome.risk().orElseThrow().tier()).isEqualTo(RiskTier.HIGH);
    }

    @Test
    void decide_shouldReject_whenTheVendorRejects() {
        var outcome = decider.decide(submitted(specimenIdentity()), VendorOutcome.REJECTED, List.of("MRZ_INVALID"),
                "vendor:sandbox", Optional.empty(), Optional.empty(), NOW);

        assertThat(outcome.decision().outcome()).isEqualTo(CaseState.REJECTED);
        assertThat(outcome.decision().reasons()).containsExactly(ReasonCode.VENDOR_REJECTED);
        assertThat(outcome.risk()).isEmpty();
    }

    @Test
    void decide_shouldReject_whenTheDocumentExpiredSinceUpload_orTheCountryIsProhibited() {
        var expired = decider.decide(submitted(identity("DOE", "JANE", "SWE", LocalDate.of(1980, 1, 1),
                LocalDate.of(2025, 6, 30))), VendorOutcome.APPROVED, List.of(), "v", Optional.of(CLEAR), Optional.empty(), NOW);
        var iranian = decider.decide(submitted(identity("DOE", "JANE", "IRN", LocalDate.of(1980, 1, 1),
                LocalDate.of(2030, 1, 1))), VendorOutcome.APPROVED, List.of(), "v", Optional.of(CLEAR), Optional.empty(), NOW);

        assertThat(expired.decision().reasons()).containsExactly(ReasonCode.IDENTITY_DOCUMENT_EXPIRED);
        assertThat(iranian.decision().outcome()).isEqualTo(CaseState.REJECTED);
        assertThat(iranian.decision().reasons()).containsExactly(ReasonCode.PROHIBITED_JURISDICTION);
        assertThat(iranian.risk().orElseThrow().onboardingAllowed()).isFalse();
    }

    @Test
    void decide_shouldSendToReview_whenTheTierNeedsEnhancedDueDiligenceTheLevelLacks_orTheNationalityIsNoCountry() {
        var syrian = decider.decide(submitted(identity("DOE", "JANE", "SYR", LocalDate.of(1980, 1, 1),
                LocalDate.of(2030, 1, 1))), VendorOutcome.APPROVED, List.of(), "v", Optional.of(CLEAR), Optional.empty(), NOW);
        var utopian = decider.decide(submitted(identity("DOE", "JANE", "UTO", LocalDate.of(1980, 1, 1),
                LocalDate.of(2030, 1, 1))), VendorOutcome.APPROVED, List.of(), "v", Optional.of(CLEAR), Optional.empty(), NOW);

        assertThat(syrian.decision().outcome()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(syrian.decision().reasons()).containsExactly(ReasonCode.ENHANCED_DUE_DILIGENCE_REQUIRED);
        assertThat(utopian.decision().reasons()).containsExactly(ReasonCode.NATIONALITY_UNRESOLVED);
        assertThat(utopian.risk()).isEmpty();
    }

    @Test
    void decide_shouldSendToReviewWithOnboardingsHits_andNotApprove_whenOnboardingFlaggedTheCustomerAndTheCaseScreenIsClear() {
        var outcome = decider.decide(submitted(specimenIdentity()), VendorOutcome.APPROVED, List.of("MRZ_VALID"),
                "vendor:sandbox", Optional.of(CLEAR), Optional.of(ONBOARDING), NOW);

        assertThat(outcome.decision().outcome()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(outcome.decision().reasons()).containsExactly(ReasonCode.ONBOARDING_SCREENING_MATCH);
        assertThat(outcome.decision().vendorReasons()).containsExactly("MRZ_VALID");
        assertThat(outcome.screening()).contains(ONBOARDING);
        assertThat(outcome.screening().orElseThrow().hits().get(0).explanation()).contains("prigozhin");
        assertThat(outcome.risk().orElseThrow().tier()).isEqualTo(RiskTier.HIGH);
    }

    @Test
    void decide_shouldCarryBothScreensHitsAndReasons_whenTheCaseScreenAndOnboardingBothMatched() {
        var outcome = decider.decide(submitted(identity("AL ZAWAHIRI", "AYMAN", "EGY", LocalDate.of(1951, 6, 19),
                LocalDate.of(2030, 1, 1))), VendorOutcome.APPROVED, List.of(), "vendor:sandbox", Optional.of(HIT),
                Optional.of(ONBOARDING), NOW);

        assertThat(outcome.decision().outcome()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(outcome.decision().reasons())
                .containsExactly(ReasonCode.SANCTIONS_POTENTIAL_MATCH, ReasonCode.ONBOARDING_SCREENING_MATCH);
        assertThat(outcome.screening().orElseThrow().trigger()).isEqualTo(ScreeningReview.Trigger.CASE_DECISION);
        assertThat(outcome.screening().orElseThrow().hits()).extracting(ScreeningReview.Hit::entryId)
                .containsExactly(2676, 21171);
    }

    @Test
    void decide_shouldStillReject_whenTheVendorRejectsACustomerOnboardingFlagged() {
        var outcome = decider.decide(submitted(specimenIdentity()), VendorOutcome.REJECTED, List.of("MRZ_INVALID"),
                "vendor:sandbox", Optional.empty(), Optional.of(ONBOARDING), NOW);

        assertThat(outcome.decision().outcome()).isEqualTo(CaseState.REJECTED);
        assertThat(outcome.decision().reasons()).containsExactly(ReasonCode.VENDOR_REJECTED);
    }
}
