package io.usdtcustody.functions.kyc.lifecycle;

import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.GERMAN_RETAIL;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.NOW;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.kyc.cases.CaseConflictException;
import io.usdtcustody.functions.kyc.cases.CaseNotFoundException;
import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.DocumentType;
import io.usdtcustody.functions.kyc.cases.IdentityData;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.Passports;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.VendorOutcome;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KycCasesTest {
    private final InMemoryKycCaseStore store = new InMemoryKycCaseStore();
    private final RecordingVendor vendor = new RecordingVendor();
    private final MutableClock clock = new MutableClock(NOW);
    private final KycCases cases = new KycCases(store, vendor, new SanctionsScreening(TestSanctions::screen),
            new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults())), clock,
            new UuidV7Generator(clock, new SplittableRandom(1)));

    @BeforeEach
    void customers() {
        store.addCustomer(TENANT, "alice");
        store.addCustomer(TENANT, "ayman");
        store.addCustomerFlaggedAtOnboarding(TENANT, "evgeny", new ScreeningReview(ScreeningReview.Trigger.ONBOARDING,
                "classpath:ofac", List.of(new ScreeningReview.Hit(21171, "PRIGOZHIN, Yevgeniy Viktorovich",
                        "PRIGOZHIN, Evgeny", List.of("RUSSIA-EO14024"), 0.97, "score 0.97: prigozhin = prigozhin")), NOW));
    }

    @Test
    void applyVendorDecision_shouldSendToReviewWithOnboardingsExplanation_andNotVerify_whenOnboardingFlaggedTheCustomer() {
        KycCase opened = cases.open(TENANT, "evgeny", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        KycCase submitted = cases.addDocument(TENANT, opened.caseId(), passport(Passports.specimen()));

        VendorEventResult result = cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.APPROVED));

        assertThat(result.kycCase().state()).isEqualTo(CaseState.IN_REVIEW);
        KycCase reviewed = cases.get(TENANT, opened.caseId());
        assertThat(reviewed.decision().orElseThrow().reasons()).containsExactly(ReasonCode.ONBOARDING_SCREENING_MATCH);
        assertThat(reviewed.review().orElseThrow().trigger()).isEqualTo(ScreeningReview.Trigger.ONBOARDING);
        assertThat(reviewed.review().orElseThrow().hits()).singleElement()
                .satisfies(hit -> assertThat(hit.explanation()).contains("prigozhin"));
        assertThat(store.standing(TENANT, "evgeny").orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
    }

    @Test
    void lifecycle_shouldApproveAndSetTheStanding_whenTheVendorApprovesAndTheScreenIsClear() {
        KycCase opened = cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.STANDARD, GERMAN_RETAIL);
        KycCase withPassport = cases.addDocument(TENANT, opened.caseId(), passport(Passports.specimen()));
        KycCase submitted = cases.addDocument(TENANT, opened.caseId(), proofOfAddress());

        VendorEventResult result = cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.APPROVED));

        assertThat(withPassport.state()).isEqualTo(CaseState.OPEN);
        assertThat(submitted.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(vendor.calls()).containsExactly("createApplicant STANDARD", "uploadDocument app-1 PASSPORT",
                "uploadDocument app-1 PROOF_OF_ADDRESS", "requestReview app-1");
        assertThat(vendor.uploads().get(0).mrz()).isEqualTo(Passports.specimen());
        assertThat(result.status()).isEqualTo(VendorEventResult.Status.APPLIED);
        KycCase approved = cases.get(TENANT, opened.caseId());
        assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
        assertThat(approved.review().orElseThrow().hits()).isEmpty();
        KycStanding standing = store.standing(TENANT, "alice").orElseThrow();
        assertThat(standing.status()).isEqualTo(KycStandingStatus.VERIFIED);
        assertThat(standing.reviewDueOn()).contains(LocalDate.of(2028, 7, 1));
        assertThat(standing.risk()).isEqualTo(approved.risk());
    }

    @Test
    void lifecycle_shouldOpenAReviewWithTheExplanation_andNotApprove_whenTheNameMatchesAnSdnEntry() {
        KycCase opened = cases.open(TENANT, "ayman", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        KycCase submitted = cases.addDocument(TENANT, opened.caseId(), passport(Passports.passport("AL ZAWAHIRI",
                "AYMAN", "EGY", LocalDate.of(1951, 6, 19), LocalDate.of(2031, 1, 1))));

        cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.APPROVED));

        KycCase reviewed = cases.get(TENANT, opened.caseId());
        assertThat(reviewed.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(reviewed.decision().orElseThrow().reasons()).containsExactly(ReasonCode.SANCTIONS_POTENTIAL_MATCH);
        var hit = reviewed.review().orElseThrow().hits().get(0);
        assertThat(hit.entryId()).isEqualTo(2676);
        assertThat(hit.explanation()).contains("zawahiri").contains("date of birth matches");
        assertThat(store.standing(TENANT, "ayman").orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
    }

    @Test
    void decideReview_shouldVerifyWithTheApprovedCasesRisk_whenAnAnalystClearsAListUpdateReview() {
        KycCase submitted = submittedCase();
        cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.APPROVED));
        KycCase approved = cases.get(TENANT, submitted.caseId());
        clock.advance(Duration.ofDays(3));
        KycCase review = KycCase.sanctionsReview(approved, "sr-1", new ScreeningReview(ScreeningReview.Trigger.LIST_UPDATE,
                "test-list-2", List.of(new ScreeningReview.Hit(99001, "ERIKSSON, Anna Maria", "ERIKSSON, Anna Maria",
                        List.of("SDGT"), 0.99, "score 0.99: eriksson = eriksson")), clock.instant()), clock.instant());
        store.createReview(review, KycStanding.of(review));

        KycCase decided = cases.decideReview(TENANT, "sr-1", new AnalystDecision(CaseState.APPROVED,
                ReasonCode.FALSE_POSITIVE_MATCH, "Different person: nationality and place of birth differ.", "key-acme"));

        assertThat(decided.state()).isEqualTo(CaseState.APPROVED);
        assertThat(decided.decision().orElseThrow().decidedBy()).isEqualTo("analyst:key-acme");
        KycStanding standing = store.standing(TENANT, "alice").orElseThrow();
        assertThat(standing.status()).isEqualTo(KycStandingStatus.VERIFIED);
        assertThat(standing.risk()).isEqualTo(approved.risk());
        assertThat(cases.inReview(TENANT, 10, Optional.empty()).cases()).isEmpty();
    }

    @Test
    void inReview_shouldKeepACasesPlaceInTheQueue_whenALateVendorEventIsRecordedOnIt() {
        store.addCustomer(TENANT, "carol");
        KycCase first = sentToReview("ayman", "evt-1");
        clock.advance(Duration.ofSeconds(5));
        KycCase second = sentToReview("carol", "evt-2");
        clock.advance(Duration.ofSeconds(5));

        VendorEventResult late = cases.applyVendorDecision(decision("evt-3", first, VendorOutcome.APPROVED));

        assertThat(late.status()).isEqualTo(VendorEventResult.Status.IGNORED);
        assertThat(cases.inReview(TENANT, 10, Optional.empty()).cases()).extracting(KycCase::caseId)
                .containsExactly(first.caseId(), second.caseId());
    }

    private KycCase sentToReview(String customerId, String eventId) {
        KycCase opened = cases.open(TENANT, customerId, CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        KycCase submitted = cases.addDocument(TENANT, opened.caseId(), passport(Passports.passport("AL ZAWAHIRI",
                "AYMAN", "EGY", LocalDate.of(1951, 6, 19), LocalDate.of(2031, 1, 1))));
        cases.applyVendorDecision(decision(eventId, submitted, VendorOutcome.APPROVED));
        assertThat(cases.get(TENANT, opened.caseId()).state()).isEqualTo(CaseState.IN_REVIEW);
        return submitted;
    }

    @Test
    void applyVendorDecision_shouldChangeNothing_whenTheSameEventComesAgain() {
        KycCase submitted = submittedCase();
        cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.APPROVED));
        int writes = store.writes();

        VendorEventResult replay = cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.REJECTED));

        assertThat(replay.status()).isEqualTo(VendorEventResult.Status.DUPLICATE);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(cases.get(TENANT, submitted.caseId()).state()).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void applyVendorDecision_shouldOnlyRecord_aLaterEventForADecidedCase() {
        KycCase submitted = submittedCase();
        cases.applyVendorDecision(decision("evt-1", submitted, VendorOutcome.APPROVED));

        VendorEventResult late = cases.applyVendorDecision(decision("evt-2", submitted, VendorOutcome.REJECTED));

        assertThat(late.status()).isEqualTo(VendorEventResult.Status.IGNORED);
        assertThat(late.kycCase().state()).isEqualTo(CaseState.APPROVED);
        assertThat(late.kycCase().vendorEventIds()).containsExactlyInAnyOrder("evt-1", "evt-2");
    }

    @Test
    void applyVendorDecision_shouldRefuse_anotherApplicant_orACaseNotYetSubmitted_orAnUnknownCase() {
        KycCase opened = cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        KycVendorDecision wrongApplicant = new KycVendorDecision("evt-9", "app-77", opened.externalRef(),
                VendorOutcome.APPROVED, List.of(), NOW);
        KycVendorDecision unknownCase = new KycVendorDecision("evt-9", "app-1", "acme:alice:nope",
                VendorOutcome.APPROVED, List.of(), NOW);

        assertThatThrownBy(() -> cases.applyVendorDecision(wrongApplicant)).isInstanceOf(CaseConflictException.class);
        assertThatThrownBy(() -> cases.applyVendorDecision(decision("evt-9", opened, VendorOutcome.APPROVED)))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("not been submitted");
        assertThatThrownBy(() -> cases.applyVendorDecision(unknownCase)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void open_shouldRefuse_anUnknownCustomer_aSecondCaseInProgress_andAPeriodicReviewBeforeVerification() {
        cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);

        assertThatThrownBy(() -> cases.open(TENANT, "bob", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("in progress");
        assertThatThrownBy(() -> cases.open(TENANT, "ayman", CasePurpose.PERIODIC_REVIEW, KycLevel.BASIC,
                GERMAN_RETAIL)).isInstanceOf(CaseConflictException.class);
    }

    @Test
    void tenants_shouldNeverSeeEachOthersCases() {
        KycCase opened = cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        TenantId other = TenantId.of("beta");
        store.addCustomer(other, "alice");

        assertThatThrownBy(() -> cases.get(other, opened.caseId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.addDocument(other, opened.caseId(), passport(Passports.specimen())))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void addDocument_shouldChangeNothing_whenTheVendorIsUnreachable_orTheDocumentHasExpired() {
        KycCase opened = cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        int writes = store.writes();
        vendor.unreachable(true);

        assertThatThrownBy(() -> cases.addDocument(TENANT, opened.caseId(), passport(Passports.specimen())))
                .isInstanceOf(PlatformException.class).hasMessageStartingWith("UNAVAILABLE");
        vendor.unreachable(false);
        assertThatThrownBy(() -> cases.addDocument(TENANT, opened.caseId(), passport(Passports.passport("DOE", "JANE",
                "SWE", LocalDate.of(1980, 1, 1), LocalDate.of(2025, 6, 30)))))
                .isInstanceOf(PlatformException.class).hasMessageStartingWith("VALIDATION_FAILED");
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(cases.get(TENANT, opened.caseId())).isEqualTo(opened);
    }

    @Test
    void get_shouldShowAnUnfinishedCaseAsExpired_afterThirtyDays() {
        KycCase opened = cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        clock.advance(Duration.ofDays(30));

        assertThat(cases.get(TENANT, opened.caseId()).state()).isEqualTo(CaseState.EXPIRED);
        assertThatThrownBy(() -> cases.addDocument(TENANT, opened.caseId(), passport(Passports.specimen())))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("EXPIRED");
    }

    private KycCase submittedCase() {
        KycCase opened = cases.open(TENANT, "alice", CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        return cases.addDocument(TENANT, opened.caseId(), passport(Passports.specimen()));
    }

    private static KycVendorDecision decision(String eventId, KycCase kycCase, VendorOutcome outcome) {
        return new KycVendorDecision(eventId, kycCase.vendorApplicantId().orElseThrow(), kycCase.externalRef(), outcome,
                List.of(outcome == VendorOutcome.APPROVED ? "MRZ_VALID" : "MRZ_INVALID"), NOW);
    }

    static NewDocument passport(List<String> mrz) {
        var read = io.usdtcustody.functions.kyc.mrz.MrzParser.parse(mrz, LocalDate.of(2025, 7, 1));
        return new NewDocument(DocumentType.PASSPORT, mrz, Optional.of(IdentityData.of(read.document())),
                Optional.empty());
    }

    static NewDocument proofOfAddress() {
        return new NewDocument(DocumentType.PROOF_OF_ADDRESS, List.of(), Optional.empty(),
                Optional.of(CaseFixtures.proofOfAddress().fileReference().orElseThrow()));
    }
}
