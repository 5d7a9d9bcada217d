package io.usdtcustody.functions.kyc.cases.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.port.PeriodicReviewStore;
import io.usdtcustody.functions.kyc.fixture.ApprovedCustomers;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every periodic review store must do; run against the in-memory fake and against DynamoDB. */
abstract class PeriodicReviewStoreContract {
    static final TenantId ACME = TenantId.of("acme");
    static final Instant DECIDED = Instant.parse("2024-07-01T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    PeriodicReviewStore store;
    String customer;

    abstract PeriodicReviewStore store();

    /** What a decision wrote: the case and the customer's standing. */
    abstract void given(KycCase decided, KycStanding standing);

    abstract Optional<KycStanding> standing(TenantId tenant, String customerId);

    @BeforeEach
    void setUp() {
        store = store();
        customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void forEachDue_shouldListVerifiedStandingsDueOnOrBeforeTheDay_only() {
        KycStanding dueToday = given(customer + "-a", DAY);
        KycStanding overdue = given(customer + "-b", DAY.minusDays(40));
        given(customer + "-c", DAY.plusDays(1));
        KycCase underReview = ApprovedCustomers.approvedCase(ACME, customer + "-d", DECIDED);
        given(underReview, new KycStanding(ACME, customer + "-d", KycStandingStatus.UNDER_REVIEW, underReview.caseId(),
                underReview.level(), Optional.empty(), Optional.of(DAY.minusDays(1)), DECIDED));

        List<KycStanding> due = new ArrayList<>();
        store.forEachDue(DAY, due::add);

        assertThat(due).filteredOn(s -> s.customerId().startsWith(customer)).containsExactlyInAnyOrder(dueToday, overdue);
    }

    @Test
    void openReview_shouldCreateTheCaseAndExpireTheStanding_once() {
        KycStanding due = given(customer, DAY);
        KycCase review = review(due, "pr-" + customer);
        KycStanding expired = expired(due, review);

        boolean first = store.openReview(review, expired, due);
        boolean second = store.openReview(review, expired, due);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.find(ACME, customer, review.caseId())).contains(review);
        assertThat(standing(ACME, customer)).contains(expired);
    }

    @Test
    void openReview_shouldWriteNothing_whenTheStandingIsNoLongerTheOneThatFellDue() {
        KycStanding due = given(customer, DAY);
        KycCase sanctionsCase = ApprovedCustomers.approvedCase(ACME, customer, DECIDED);
        KycStanding underReview = new KycStanding(ACME, customer, KycStandingStatus.UNDER_REVIEW, "sr-" + customer,
                sanctionsCase.level(), Optional.empty(), Optional.of(DAY), DECIDED.plusSeconds(5));
        given(sanctionsCase, underReview);
        KycCase review = review(due, "pr-" + customer);

        assertThat(store.openReview(review, expired(due, review), due)).isFalse();
        assertThat(store.find(ACME, customer, review.caseId())).isEmpty();
        assertThat(standing(ACME, customer)).contains(underReview);
    }

    private KycStanding given(String customerId, LocalDate dueOn) {
        KycCase approved = ApprovedCustomers.approvedCase(ACME, customerId, DECIDED);
        KycStanding standing = ApprovedCustomers.verified(approved, dueOn);
        given(approved, standing);
        return standing;
    }

    private static KycCase review(KycStanding due, String caseId) {
        Instant now = DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3 * 3600);
        return KycCase.open(due.tenant(), caseId, due.customerId(), CasePurpose.PERIODIC_REVIEW, due.level(),
                CaseFixtures.GERMAN_RETAIL, "app-review", now, now.plus(java.time.Duration.ofDays(30)));
    }

    private static KycStanding expired(KycStanding due, KycCase review) {
        return new KycStanding(due.tenant(), due.customerId(), KycStandingStatus.EXPIRED, review.caseId(), due.level(),
                due.risk(), due.reviewDueOn(), review.createdAt());
    }
}
