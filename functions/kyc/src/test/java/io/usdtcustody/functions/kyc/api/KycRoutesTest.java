package io.usdtcustody.functions.kyc.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.fixture.ApiEvents;
import io.usdtcustody.functions.kyc.fixture.Passports;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KycRoutesTest extends KycRoutesFixture {

    @Test
    void openCase_shouldAnswer201WithTheCase_andReplayItForTheSameIdempotencyKey() {
        var first = call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("k-1").body(OPEN_BODY));
        var again = call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("k-1").body(OPEN_BODY));

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(json(first).path("state").asText()).isEqualTo("OPEN");
        assertThat(json(first).path("missingEvidence").toString()).isEqualTo("[\"IDENTITY\"]");
        assertThat(first.getHeaders()).containsEntry("Location", "/v1/kyc-cases/" + json(first).path("caseId").asText());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(vendor.calls()).containsExactly("createApplicant BASIC");
    }

    @Test
    void openCase_shouldAnswer409_whenTheKeyComesBackWithAnotherBody() {
        call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("k-1").body(OPEN_BODY));

        var reused = call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("k-1")
                .body(OPEN_BODY.replace("BASIC", "ENHANCED")));

        assertThat(reused.getStatusCode()).isEqualTo(409);
        assertThat(json(reused).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void addDocument_shouldSubmitTheCase_whenThePassportCompletesABasicCase() {
        String caseId = openCase("alice");

        var added = call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1")
                .body(documentBody(Passports.specimen())));

        assertThat(added.getStatusCode()).isEqualTo(201);
        var view = json(added);
        assertThat(view.path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(view.path("documents").get(0).path("type").asText()).isEqualTo("PASSPORT");
        assertThat(view.path("documents").get(0).path("nationality").asText()).isEqualTo("SWE");
        assertThat(added.getBody()).doesNotContain("ERIKSSON", "L898902C3", "1974-08-12");
        assertThat(vendor.calls()).endsWith("requestReview app-1");
    }

    @Test
    void getCase_shouldBeNotFound_forAnotherTenant_andForAnotherEndCustomerOfTheSameTenant() {
        String caseId = openCase("alice");

        var otherTenant = call(ApiEvents.getCase(caseId).partner("beta"));
        var otherCustomer = call(ApiEvents.getCase(caseId).customer("acme", "bob"));
        var owner = call(ApiEvents.getCase(caseId).customer("acme", "alice"));

        assertThat(otherTenant.getStatusCode()).isEqualTo(404);
        assertThat(otherTenant.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(otherCustomer.getStatusCode()).isEqualTo(404);
        assertThat(owner.getStatusCode()).isEqualTo(200);
    }

    @Test
    void openCase_shouldRefuseAnEndCustomerActingForAnother() {
        var response = call(ApiEvents.openCase("alice").customer("acme", "mallory").idempotencyKey("k-1")
                .body(OPEN_BODY));

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(store.writes()).isZero();
    }

    @Test
    void screenNames_shouldAnswerHitsWithScoresAndExplanations() {
        var response = call(ApiEvents.screenNames().partner("acme")
                .body("{\"name\":\"Ayman al-Zawahiri\",\"schema\":\"Person\",\"birthDate\":\"1951-06-19\",\"limit\":3}"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        var hit = json(response).path("hits").get(0);
        assertThat(hit.path("entryId").asInt()).isEqualTo(2676);
        assertThat(hit.path("match").asBoolean()).isTrue();
        assertThat(hit.path("score").decimalValue()).isBetween(new java.math.BigDecimal("0.72"), java.math.BigDecimal.ONE);
        assertThat(hit.path("explanation").asText()).contains("date of birth matches");
        assertThat(json(response).path("threshold").decimalValue()).isEqualByComparingTo("0.72");
    }

    @Test
    void requests_shouldBeCountedInMetrics_byWhatHappened() {
        String caseId = openCase("alice");
        call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("open-alice").body(OPEN_BODY));
        call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1").body(documentBody(
                Passports.passport("ERIKSSON", "ANNA", "SWE", LocalDate.of(1974, 8, 12), Passports.VALID_UNTIL))));
        call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("bad").body("{"));

        assertThat(metrics.total("CasesOpenedCount")).isEqualTo(1);
        assertThat(metrics.total("IdempotentReplaysCount")).isEqualTo(1);
        assertThat(metrics.total("CasesSubmittedCount")).isEqualTo(1);
        assertThat(metrics.total("ClientErrorsCount")).isEqualTo(1);
        assertThat(metrics.total("RequestCount")).isEqualTo(4);
    }
}
