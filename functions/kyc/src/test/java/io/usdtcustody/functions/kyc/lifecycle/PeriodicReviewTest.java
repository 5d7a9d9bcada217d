package io.usdtcustody.functions.kyc.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.fixture.ApprovedCustomers;
import io.usdtcustody.functions.kyc.fixture.InMemoryPeriodicReviewStore;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodicReviewTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final Instant DECIDED = Instant.parse("2024-07-01T10:00:00Z");
    private static final Instant RUN = Instant.parse("2025-07-01T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    private final InMemoryPeriodicReviewStore store = new InMemoryPeriodicReviewStore();
    private final RecordingVendor vendor = new RecordingVendor();
    private final MutableClock clock = new MutableClock(RUN);
    private final PeriodicReview review = new PeriodicReview(store, vendor, clock);

    @Test
    void run_shouldExpireTheStandingAndOpenOnePeriodicReviewAtTheVendor_whenTheReviewIsDueToday() {
        KycCase approved = given("anna", TODAY);

        PeriodicReview.Result result = review.run();

        assertThat(result).isEqualTo(new PeriodicReview.Result(TODAY, 1, 1, 0, 0));
        KycCase opened = periodicReviewOf("anna");
        assertThat(opened.state()).isEqualTo(CaseState.OPEN);
        assertThat(opened.level()).isEqualTo(approved.level());
        assertThat(opened.riskProfile()).isEqualTo(approved.riskProfile());
        assertThat(opened.vendorApplicantId()).isPresent();
        assertThat(opened.createdAt()).isEqualTo(RUN);
        assertThat(opened.expiresAt()).isEqualTo(RUN.plus(KycCases.OPEN_CASE_VALIDITY));
        KycStanding standing = store.standing(ACME, "anna").orElseThrow();
        assertThat(standing.status()).isEqualTo(KycStandingStatus.EXPIRED);
        assertThat(standing.caseId()).isEqualTo(opened.caseId());
        assertThat(standing.reviewDueOn()).contains(TODAY);
        assertThat(vendor.calls()).containsExactly("createApplicant BASIC");
    }

    @Test
    void run_shouldOpenNothingMore_whenRunTwiceTheSameDay() {
        given("anna", TODAY);

        review.run();
        clock.advance(Duration.ofHours(5));
        PeriodicReview.Result second = review.run();

        assertThat(second).isEqualTo(new PeriodicReview.Result(TODAY, 0, 0, 0, 0));
        assertThat(store.casesOf(ACME, "anna")).filteredOn(c -> c.purpose() == CasePurpose.PERIODIC_REVIEW).hasSize(1);
        assertThat(vendor.calls()).hasSize(1);
    }

    @Test
    void run_shouldCountTheCaseAsAlreadyOpen_whenAnEarlierRunOpenedItButTheStandingWasVerifiedAgain() {
        KycCase approved = given("anna", TODAY);
        review.run();
        // a concurrent run saw the same standing before the first one expired it
        store.given(approved, ApprovedCustomers.verified(approved, TODAY));

        PeriodicReview.Result again = review.run();

        assertThat(again).isEqualTo(new PeriodicReview.Result(TODAY, 1, 0, 1, 0));
        assertThat(vendor.calls()).hasSize(1);
    }

    @Test
    void run_shouldLeaveStandings_whenTheirReviewIsNotDueYetOrTheyAreNotVerified() {
        given("bert", TODAY.plusDays(1));
        KycCase carl = ApprovedCustomers.approvedCase(ACME, "carl", DECIDED);
        KycStanding underReview = new KycStanding(ACME, "carl", KycStandingStatus.UNDER_REVIEW, carl.caseId(),
                carl.level(), carl.risk(), java.util.Optional.of(TODAY.minusDays(3)), DECIDED);
        store.given(carl, underReview);

        PeriodicReview.Result result = review.run();

        assertThat(result.due()).isZero();
        assertThat(store.standing(ACME, "bert").orElseThrow().status()).isEqualTo(KycStandingStatus.VERIFIED);
        assertThat(store.standing(ACME, "carl")).contains(underReview);
        assertThat(vendor.calls()).isEmpty();
    }

    @Test
    void run_shouldKeepTheStandingVerifiedAndCountAFailure_whenTheVendorCannotBeReached() {
        given("anna", TODAY.minusDays(2));
        vendor.unreachable(true);

        PeriodicReview.Result failed = review.run();
        vendor.unreachable(false);
        PeriodicReview.Result retried = review.run();

        assertThat(failed).isEqualTo(new PeriodicReview.Result(TODAY, 1, 0, 0, 1));
        assertThat(retried).isEqualTo(new PeriodicReview.Result(TODAY, 1, 1, 0, 0));
        assertThat(store.standing(ACME, "anna").orElseThrow().status()).isEqualTo(KycStandingStatus.EXPIRED);
    }

    @Test
    void run_shouldOpenADifferentCase_whenTheNextReviewFallsDueOnAnotherDate() {
        KycCase approved = given("anna", TODAY);
        review.run();
        String first = periodicReviewOf("anna").caseId();
        store.given(approved, ApprovedCustomers.verified(approved, TODAY.plusYears(1)));
        clock.advance(Duration.ofDays(366));

        review.run();

        assertThat(store.casesOf(ACME, "anna")).filteredOn(c -> c.purpose() == CasePurpose.PERIODIC_REVIEW)
                .extracting(KycCase::caseId).hasSize(2).contains(first);
    }

    private KycCase given(String customerId, LocalDate dueOn) {
        KycCase approved = ApprovedCustomers.approvedCase(ACME, customerId, DECIDED);
        store.given(approved, ApprovedCustomers.verified(approved, dueOn));
        return approved;
    }

    private KycCase periodicReviewOf(String customerId) {
        List<KycCase> reviews = store.casesOf(ACME, customerId).stream()
                .filter(c -> c.purpose() == CasePurpose.PERIODIC_REVIEW).toList();
        assertThat(reviews).hasSize(1);
        return reviews.get(0);
    }
}
