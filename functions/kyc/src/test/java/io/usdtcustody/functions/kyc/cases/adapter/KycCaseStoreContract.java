package io.usdtcustody.functions.kyc.cases.adapter;

import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseConflictException;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.lifecycle.CaseDecider;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.kyc.VendorOutcome;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every case store must do; run against the in-memory fake and against DynamoDB. */
abstract class KycCaseStoreContract {
    static final TenantId ACME = TenantId.of("acme");
    static final TenantId BETA = TenantId.of("beta");
    private static final ScreeningReview HIT = new ScreeningReview(ScreeningReview.Trigger.CASE_DECISION, "test-list",
            List.of(new ScreeningReview.Hit(2676, "AL ZAWAHIRI, Dr. Ayman", "AL-ZAWAHIRI, Ayman", List.of("SDGT"),
                    0.9312, "score 0.93: zawahiri = zawahiri")), NOW);

    KycCaseStore store;
    String customer;

    abstract KycCaseStore store();

    /** Onboarding's part: the customer exists under the tenant. */
    abstract void givenCustomer(TenantId tenant, String customerId);

    /** Onboarding's part: the customer exists, and onboarding's screen of its name matched. */
    abstract void givenCustomerFlaggedAtOnboarding(TenantId tenant, String customerId, ScreeningReview match);

    @BeforeEach
    void setUp() {
        store = store();
        customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void create_shouldStoreACaseFoundByIdAndByCustomer_andRefuseTheSameIdAgain() {
        KycCase opened = open("c-" + customer);

        store.create(opened);

        assertThat(store.find(ACME, opened.caseId())).contains(opened);
        assertThat(store.find(ACME, customer, opened.caseId())).contains(opened);
        assertThat(store.casesOf(ACME, customer)).containsExactly(opened);
        assertThatThrownBy(() -> store.create(opened)).isInstanceOf(CaseConflictException.class);
    }

    @Test
    void find_shouldNeverReturnAnotherTenantsCaseOrStanding() {
        KycCase decided = decided(open("c-" + customer));
        store.create(open("c-" + customer));
        store.update(decided, KycStanding.of(decided), 1);

        assertThat(store.find(BETA, decided.caseId())).isEmpty();
        assertThat(store.find(BETA, customer, decided.caseId())).isEmpty();
        assertThat(store.casesOf(BETA, customer)).isEmpty();
        assertThat(store.standing(BETA, customer)).isEmpty();
        assertThat(store.standing(ACME, customer)).isPresent();
    }

    @Test
    void update_shouldWriteOverTheVersionRead_andRefuseAStaleOne() {
        KycCase opened = open("c-" + customer);
        store.create(opened);
        KycCase withDocument = opened.withDocument(CaseFixtures.passport(CaseFixtures.specimenIdentity()), NOW);

        store.update(withDocument, opened.version());

        assertThatThrownBy(() -> store.update(withDocument.submitted(NOW), opened.version()))
                .isInstanceOf(CaseConflictException.class);
        assertThat(store.find(ACME, opened.caseId())).contains(withDocument);
    }

    @Test
    void update_shouldKeepEveryPartOfADecidedCase_andTheStandingWithItsRisk() {
        KycCase opened = open("c-" + customer);
        store.create(opened);
        KycCase decided = decided(opened);

        store.update(decided, KycStanding.of(decided), opened.version());

        KycCase read = store.find(ACME, decided.caseId()).orElseThrow();
        assertThat(read).isEqualTo(decided);
        assertThat(read.review()).contains(HIT);
        KycStanding standing = store.standing(ACME, customer).orElseThrow();
        assertThat(standing).isEqualTo(KycStanding.of(decided));
        assertThat(standing.risk().orElseThrow().limits()).isEqualTo(decided.risk().orElseThrow().limits());
    }

    @Test
    void createReview_shouldCreateOnce_andReportTheSecondTime() {
        KycCase approved = approved(open("c-" + customer));
        store.create(open("c-" + customer));
        store.update(approved, KycStanding.of(approved), 1);
        KycCase review = KycCase.sanctionsReview(approved, "sr-" + customer, HIT, NOW.plus(Duration.ofDays(1)));

        assertThat(store.createReview(review, KycStanding.of(review))).isTrue();
        assertThat(store.createReview(review, KycStanding.of(review))).isFalse();
        assertThat(store.find(ACME, review.caseId())).contains(review);
        assertThat(store.standing(ACME, customer).orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
    }

    @Test
    void forEachApprovedCase_shouldVisitApprovedCasesOnly() {
        KycCase approved = approved(open("c-" + customer));
        store.create(open("c-" + customer));
        store.update(approved, KycStanding.of(approved), 1);
        store.create(open("c-other-" + customer));

        List<String> visited = new ArrayList<>();
        store.forEachApprovedCase(c -> visited.add(c.caseId()));

        assertThat(visited).contains(approved.caseId()).doesNotContain("c-other-" + customer);
    }

    @Test
    void customerExists_shouldSeeOnboardingsCustomer_underItsTenantOnly() {
        givenCustomer(ACME, customer);

        assertThat(store.customerExists(ACME, customer)).isTrue();
        assertThat(store.customerExists(BETA, customer)).isFalse();
        assertThat(store.customerExists(ACME, customer + "-x")).isFalse();
    }

    @Test
    void onboardingScreeningMatch_shouldBeOnboardingsHitsWithTheirExplanations_whenOnboardingFlaggedTheCustomer() {
        ScreeningReview match = new ScreeningReview(ScreeningReview.Trigger.ONBOARDING, "classpath:ofac",
                List.of(new ScreeningReview.Hit(21171, "PRIGOZHIN, Yevgeniy Viktorovich", "PRIGOZHIN, Evgeny",
                        List.of("CYBER2", "RUSSIA-EO14024"), 0.97, "score 0.97: prigozhin = prigozhin")), NOW);
        givenCustomerFlaggedAtOnboarding(ACME, customer, match);

        assertThat(store.onboardingScreeningMatch(ACME, customer)).contains(match);
        assertThat(store.onboardingScreeningMatch(BETA, customer)).isEmpty();
    }

    @Test
    void onboardingScreeningMatch_shouldBeEmpty_whenOnboardingsScreenWasClearOrTheCustomerIsUnknown() {
        givenCustomer(ACME, customer);

        assertThat(store.onboardingScreeningMatch(ACME, customer)).isEmpty();
        assertThat(store.onboardingScreeningMatch(ACME, customer + "-x")).isEmpty();
    }

    @Test
    void inReview_shouldPageTheTenantsQueueInOrder_withoutOtherTenantsOrDecidedCases() {
        TenantId tenant = TenantId.of("q" + customer.substring(5));
        List<KycCase> queued = new ArrayList<>();
        for (String id : List.of("c-a", "c-b", "c-c")) {
            queued.add(storedInReview(tenant, id));
        }
        storedInReview(BETA, "c-beta-" + customer);

        var first = store.inReview(tenant, 2, Optional.empty());
        var second = store.inReview(tenant, 2, first.next());

        assertThat(first.cases()).containsExactly(queued.get(0), queued.get(1));
        assertThat(second.cases()).containsExactly(queued.get(2));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void inReview_shouldDropACase_onceAnAnalystDecidedIt() {
        TenantId tenant = TenantId.of("q" + customer.substring(5));
        KycCase review = storedInReview(tenant, "c-a");
        KycCase approved = review.decided(Decision.byAnalyst(CaseState.APPROVED, ReasonCode.FALSE_POSITIVE_MATCH,
                "Not the listed person.", "key-1", NOW), Optional.empty(), Optional.empty(), Optional.empty(), NOW);

        store.update(approved, KycStanding.of(approved), review.version());

        assertThat(store.inReview(tenant, 10, Optional.empty()).cases()).isEmpty();
        assertThat(store.find(tenant, "c-a").orElseThrow().decision().orElseThrow().note())
                .contains("Not the listed person.");
        assertThat(store.standing(tenant, customer).orElseThrow().status()).isEqualTo(KycStandingStatus.VERIFIED);
    }

    /** A case of {@code tenant} sent to review by a sanctions hit, stored. */
    private KycCase storedInReview(TenantId tenant, String caseId) {
        KycCase opened = KycCase.open(tenant, caseId, customer, CasePurpose.ONBOARDING, KycLevel.BASIC,
                CaseFixtures.GERMAN_RETAIL, "app-" + caseId, NOW, NOW.plus(Duration.ofDays(30)));
        store.create(opened);
        KycCase review = decided(opened);
        store.update(review, KycStanding.of(review), opened.version());
        return review;
    }

    private KycCase open(String caseId) {
        return KycCase.open(ACME, caseId, customer, CasePurpose.ONBOARDING, KycLevel.BASIC, CaseFixtures.GERMAN_RETAIL,
                "app-" + caseId, NOW, NOW.plus(Duration.ofDays(30)));
    }

    /** Sent to review by a sanctions hit: every optional part of a case is set. */
    private static KycCase decided(KycCase opened) {
        KycCase submitted = opened.withDocument(CaseFixtures.passport(CaseFixtures.specimenIdentity()), NOW)
                .withDocument(CaseFixtures.proofOfAddress(), NOW).submitted(NOW);
        var outcome = new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults()))
                .decide(submitted, VendorOutcome.APPROVED, List.of("MRZ_VALID"), "vendor:sandbox", Optional.of(HIT), Optional.empty(), NOW);
        return submitted.decided(outcome.decision(), outcome.screening(), outcome.risk(), Optional.of("evt-1"), NOW);
    }

    private static KycCase approved(KycCase opened) {
        KycCase submitted = opened.withDocument(CaseFixtures.passport(CaseFixtures.specimenIdentity()), NOW)
                .submitted(NOW);
        var outcome = new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults()))
                .decide(submitted, VendorOutcome.APPROVED, List.of(), "vendor:sandbox", Optional.empty(), Optional.empty(), NOW);
        KycCase approved = submitted.decided(outcome.decision(), outcome.screening(), outcome.risk(),
                Optional.of("evt-1"), NOW);
        assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
        return approved;
    }
}
