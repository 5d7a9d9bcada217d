package io.usdtcustody.functions.kyc.lifecycle;

import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.NOW;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.customers.KycStandingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListUpdateRescreeningTest {
    private final InMemoryKycCaseStore store = new InMemoryKycCaseStore();
    private final ListUpdateRescreening rescreening = new ListUpdateRescreening(store, new MutableClock(NOW));

    @Test
    void run_shouldOpenOneReviewWithTheNewHit_forAVerifiedCustomerTheUpdateNowMatches() {
        approve("c-anna", "anna", CaseFixtures.specimenIdentity());
        approve("c-jane", "jane", CaseFixtures.identity("DOE", "JANE", "SWE", LocalDate.of(1980, 1, 1),
                LocalDate.of(2030, 1, 1)));

        var result = rescreening.run(TestSanctions.screen(), TestSanctions.updatedScreen());

        assertThat(result).isEqualTo(new ListUpdateRescreening.Result(2, 1, 1, 0));
        List<KycCase> annasCases = store.casesOf(TENANT, "anna");
        KycCase review = annasCases.stream().filter(c -> c.purpose() == CasePurpose.SANCTIONS_REVIEW).findFirst()
                .orElseThrow();
        assertThat(review.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(review.relatedCaseId()).contains("c-anna");
        assertThat(review.decision().orElseThrow().reasons()).containsExactly(ReasonCode.SANCTIONS_LIST_UPDATE);
        var hit = review.review().orElseThrow().hits().get(0);
        assertThat(hit.entryId()).isEqualTo(99001);
        assertThat(hit.explanation()).contains("eriksson").contains("date of birth matches");
        assertThat(store.standing(TENANT, "anna").orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
        assertThat(store.casesOf(TENANT, "jane")).hasSize(1);
    }

    @Test
    void run_shouldOpenEachReviewOnce_whenTheSameUpdateRunsAgain() {
        approve("c-anna", "anna", CaseFixtures.specimenIdentity());
        rescreening.run(TestSanctions.screen(), TestSanctions.updatedScreen());

        var again = rescreening.run(TestSanctions.screen(), TestSanctions.updatedScreen());

        assertThat(again.reviewsOpened()).isZero();
        assertThat(again.reviewsAlreadyOpen()).isEqualTo(1);
        assertThat(store.casesOf(TENANT, "anna")).hasSize(2);
    }

    @Test
    void run_shouldFindNothingNew_whenTheListDidNotChange() {
        approve("c-anna", "anna", CaseFixtures.specimenIdentity());

        var result = rescreening.run(TestSanctions.updatedScreen(), TestSanctions.updatedScreen());

        assertThat(result.newHits()).isZero();
        assertThat(store.casesOf(TENANT, "anna")).hasSize(1);
    }

    private void approve(String caseId, String customerId, io.usdtcustody.functions.kyc.cases.IdentityData identity) {
        KycCase opened = KycCase.open(TENANT, caseId, customerId, CasePurpose.ONBOARDING,
                io.usdtcustody.functions.kyc.cases.KycLevel.BASIC, CaseFixtures.GERMAN_RETAIL, "app-" + caseId, NOW,
                NOW.plusSeconds(3600));
        store.create(opened);
        KycCase approved = opened.withDocument(CaseFixtures.passport(identity), NOW).submitted(NOW)
                .decided(new Decision(CaseState.APPROVED, List.of(ReasonCode.VENDOR_APPROVED), List.of(), "vendor:x", NOW),
                        Optional.empty(), Optional.empty(), Optional.of("evt-" + caseId), NOW);
        store.update(approved, KycStanding.of(approved), opened.version());
    }
}
