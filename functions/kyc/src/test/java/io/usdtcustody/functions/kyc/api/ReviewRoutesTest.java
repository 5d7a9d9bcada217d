package io.usdtcustody.functions.kyc.api;

import static io.usdtcustody.functions.kyc.api.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.fixture.ApiEvents;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The analysts' routes: the tenant's review queue, one review with its hits, and the decision. */
class ReviewRoutesTest extends KycRoutesFixture {
    private static final String APPROVE = """
            {"decision":"APPROVE","reasonCode":"FALSE_POSITIVE_MATCH","note":"Different date of birth and nationality."}""";
    private static final ScreeningReview HITS = new ScreeningReview(ScreeningReview.Trigger.CASE_DECISION, "test-list",
            List.of(new ScreeningReview.Hit(2676, "AL ZAWAHIRI, Dr. Ayman", "AL-ZAWAHIRI, Ayman", List.of("SDGT"),
                    0.93, "score 0.93: zawahiri = zawahiri; date of birth matches")), CaseFixtures.NOW);

    @Test
    void queue_shouldPageThroughOnlyTheTenantsCasesInReview_oldestFirst() {
        KycCase first = inReview("acme", "ayman", "r-1");
        KycCase second = inReview("acme", "alice", "r-2");
        KycCase third = inReview("acme", "carol", "r-3");
        inReview("beta", "ayman", "r-4");

        var page = call(ApiEvents.reviewQueue().partner("acme").query("limit", "2"));
        var rest = call(ApiEvents.reviewQueue().partner("acme").query("limit", "2")
                .query("cursor", json(page).path("nextCursor").asText()));

        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(json(page).path("cases").findValuesAsText("caseId")).containsExactly(first.caseId(), second.caseId());
        assertThat(json(page).path("cases").get(0).path("hits").asInt()).isEqualTo(1);
        assertThat(json(page).path("cases").get(0).path("reasons").toString()).isEqualTo("[\"SANCTIONS_POTENTIAL_MATCH\"]");
        assertThat(json(rest).path("cases").findValuesAsText("caseId")).containsExactly(third.caseId());
        assertThat(json(rest).path("nextCursor").isNull()).isTrue();
    }

    @Test
    void review_shouldShowTheHitsAndExplanations_andBeNotFoundForAnotherTenant() {
        KycCase review = inReview("acme", "ayman", "r-1");

        var own = call(ApiEvents.review(review.caseId()).partner("acme"));
        var foreign = call(ApiEvents.review(review.caseId()).partner("beta"));

        assertThat(own.getStatusCode()).isEqualTo(200);
        var hit = json(own).path("screening").path("hits").get(0);
        assertThat(hit.path("entryId").asInt()).isEqualTo(2676);
        assertThat(hit.path("explanation").asText()).contains("date of birth matches");
        assertProblem(foreign, 404, "NOT_FOUND", null);
    }

    @Test
    void decide_shouldApproveVerifyTheCustomerAndLeaveTheQueue_recordingTheAnalystReasonAndNote() {
        KycCase review = inReview("acme", "ayman", "r-1");

        var decided = call(ApiEvents.decideReview(review.caseId()).partner("acme").idempotencyKey("a-1").body(APPROVE));

        assertThat(decided.getStatusCode()).isEqualTo(200);
        var decision = json(decided).path("decision");
        assertThat(json(decided).path("state").asText()).isEqualTo("APPROVED");
        assertThat(decision.path("reasons").toString()).isEqualTo("[\"FALSE_POSITIVE_MATCH\"]");
        assertThat(decision.path("decidedBy").asText()).isEqualTo("analyst:key-acme");
        assertThat(decision.path("note").asText()).isEqualTo("Different date of birth and nationality.");
        assertThat(store.standing(CaseFixtures.TENANT, "ayman").orElseThrow().status())
                .isEqualTo(KycStandingStatus.VERIFIED);
        assertThat(json(call(ApiEvents.reviewQueue().partner("acme"))).path("cases")).isEmpty();
        var customerView = json(call(ApiEvents.getCase(review.caseId()).customer("acme", "ayman")));
        assertThat(customerView.path("state").asText()).isEqualTo("APPROVED");
        assertThat(customerView.has("decision")).isFalse();
        assertThat(metrics.total("ReviewsApprovedCount")).isEqualTo(1);
    }

    @Test
    void decide_shouldRejectTheCaseAndTheCustomersStanding_whenTheAnalystConfirmsTheMatch() {
        KycCase review = inReview("acme", "ayman", "r-1");

        var decided = call(ApiEvents.decideReview(review.caseId()).partner("acme").idempotencyKey("a-1").body("""
                {"decision":"REJECT","reasonCode":"CONFIRMED_MATCH","note":"Same person as SDN entry 2676."}"""));

        assertThat(json(decided).path("state").asText()).isEqualTo("REJECTED");
        assertThat(store.standing(CaseFixtures.TENANT, "ayman").orElseThrow().status())
                .isEqualTo(KycStandingStatus.REJECTED);
    }

    @Test
    void decide_shouldBe409AndChangeNothing_whenTheCaseIsNoLongerInReview() {
        KycCase review = inReview("acme", "ayman", "r-1");
        call(ApiEvents.decideReview(review.caseId()).partner("acme").idempotencyKey("a-1").body(APPROVE));
        int writes = store.writes();

        var again = call(ApiEvents.decideReview(review.caseId()).partner("acme").idempotencyKey("a-2").body("""
                {"decision":"REJECT","reasonCode":"CONFIRMED_MATCH","note":"Second thoughts."}"""));

        assertProblem(again, 409, "CONFLICT", null);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.standing(CaseFixtures.TENANT, "ayman").orElseThrow().status())
                .isEqualTo(KycStandingStatus.VERIFIED);
    }

    @Test
    void decide_shouldBe404AndChangeNothing_forAnotherTenantsCase() {
        KycCase review = inReview("acme", "ayman", "r-1");
        int writes = store.writes();

        var foreign = call(ApiEvents.decideReview(review.caseId()).partner("beta").idempotencyKey("b-1").body(APPROVE));

        assertProblem(foreign, 404, "NOT_FOUND", null);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.find(CaseFixtures.TENANT, review.caseId()).orElseThrow().state()).isEqualTo(CaseState.IN_REVIEW);
    }

    @Test
    void reviewRoutes_shouldBe403_forAMobileCustomer() {
        KycCase review = inReview("acme", "ayman", "r-1");

        assertProblem(call(ApiEvents.reviewQueue().customer("acme", "ayman")), 403, "FORBIDDEN", null);
        assertProblem(call(ApiEvents.decideReview(review.caseId()).customer("acme", "ayman").idempotencyKey("m-1")
                .body(APPROVE)), 403, "FORBIDDEN", null);
        assertThat(store.find(CaseFixtures.TENANT, review.caseId()).orElseThrow().state()).isEqualTo(CaseState.IN_REVIEW);
    }

    static Stream<Arguments> badDecisions() {
        return Stream.of(
                Arguments.of("{\"decision\":", "MALFORMED_JSON", null),
                Arguments.of("[]", "VALIDATION_FAILED", null),
                Arguments.of("{\"decision\":\"MAYBE\",\"reasonCode\":\"RISK_ACCEPTED\",\"note\":\"n\"}", "VALIDATION_FAILED",
                        "decision"),
                Arguments.of("{\"decision\":\"APPROVE\",\"reasonCode\":\"CONFIRMED_MATCH\",\"note\":\"n\"}",
                        "VALIDATION_FAILED", "reasonCode"),
                Arguments.of("{\"decision\":\"REJECT\",\"reasonCode\":\"VENDOR_APPROVED\",\"note\":\"n\"}",
                        "VALIDATION_FAILED", "reasonCode"),
                Arguments.of("{\"decision\":\"APPROVE\",\"reasonCode\":\"RISK_ACCEPTED\"}", "VALIDATION_FAILED", "note"),
                Arguments.of("{\"decision\":\"APPROVE\",\"reasonCode\":\"RISK_ACCEPTED\",\"note\":\"" + "x".repeat(2001)
                        + "\"}", "VALIDATION_FAILED", "note"),
                Arguments.of("{\"decision\":\"APPROVE\",\"reasonCode\":\"RISK_ACCEPTED\",\"note\":7}", "VALIDATION_FAILED",
                        "note"),
                Arguments.of("{\"decision\":\"APPROVE\",\"reasonCode\":\"RISK_ACCEPTED\",\"note\":\"n\",\"analyst\":\"x\"}",
                        "VALIDATION_FAILED", "analyst"));
    }

    @ParameterizedTest
    @MethodSource("badDecisions")
    void decide_shouldBe400ProblemJsonAndChangeNothing_whenTheBodyIsMalformed(String body, String code, String field) {
        KycCase review = inReview("acme", "ayman", "r-1");
        int writes = store.writes();

        var refused = call(ApiEvents.decideReview(review.caseId()).partner("acme").idempotencyKey("bad-1").body(body));

        assertProblem(refused, 400, code, field);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.find(CaseFixtures.TENANT, review.caseId()).orElseThrow().state()).isEqualTo(CaseState.IN_REVIEW);
        var retried = call(ApiEvents.decideReview(review.caseId()).partner("acme").idempotencyKey("bad-1").body(APPROVE));
        assertThat(retried.getStatusCode()).as("the refused request left its key unused").isEqualTo(200);
    }

    @Test
    void queue_shouldBe400_whenTheLimitOrTheCursorIsNotOne() {
        List<APIGatewayProxyResponseEvent> refused = new ArrayList<>();
        for (String limit : List.of("0", "101", "-1", "ten", "1e2")) {
            refused.add(call(ApiEvents.reviewQueue().partner("acme").query("limit", limit)));
        }
        for (String cursor : List.of("%%%", "bm90IGEgY3Vyc29y", "")) {
            refused.add(call(ApiEvents.reviewQueue().partner("acme").query("cursor", cursor)));
        }

        assertThat(refused).allSatisfy(response -> assertProblem(response, 400, "VALIDATION_FAILED", null));
        assertThat(refused).extracting(response -> json(response).path("errors").get(0).path("field").asText())
                .containsExactly("limit", "limit", "limit", "limit", "limit", "cursor", "cursor", "cursor");
    }

    /** A case of {@code tenant}'s customer sent to review by a sanctions hit, a second after the previous one. */
    private KycCase inReview(String tenant, String customerId, String caseId) {
        clock.advance(Duration.ofSeconds(1));
        var now = clock.instant();
        KycCase open = KycCase.open(TenantId.of(tenant), caseId, customerId, CasePurpose.ONBOARDING, KycLevel.BASIC,
                CaseFixtures.GERMAN_RETAIL, "app-" + caseId, now, now.plus(Duration.ofDays(30)));
        KycCase submitted = open.withDocument(CaseFixtures.passport(CaseFixtures.identity("AL ZAWAHIRI", "AYMAN", "EGY",
                LocalDate.of(1951, 6, 19), LocalDate.of(2031, 1, 1))), now).submitted(now);
        KycCase review = submitted.decided(new Decision(CaseState.IN_REVIEW, List.of(ReasonCode.SANCTIONS_POTENTIAL_MATCH),
                List.of(), "vendor:sandbox", now), Optional.of(HITS), Optional.empty(), Optional.of("evt-" + caseId), now);
        store.create(open);
        store.update(review, KycStanding.of(review), open.version());
        return review;
    }
}
