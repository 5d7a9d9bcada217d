package io.usdtcustody.functions.kyc.api;

import static io.usdtcustody.functions.kyc.api.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.fixture.ApiEvents;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.Passports;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.KycWebhookSignature;
import io.usdtcustody.model.kyc.VendorOutcome;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The vendor's webhook: verified before anything is read, applied once per event id. */
class WebhookRoutesTest extends KycRoutesFixture {

    @Test
    void webhook_shouldApproveTheCase_whenSignedWithTheSharedSecret() {
        KycCase submitted = submittedCase();

        var response = call(signed(decision("evt-1", submitted), SECRET, clock.instant().getEpochSecond()));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("APPLIED");
        assertThat(store.find(CaseFixtures.TENANT, submitted.caseId()).orElseThrow().state())
                .isEqualTo(CaseState.APPROVED);
    }

    @Test
    void webhook_shouldAnswer401AndChangeNothing_whenTheSignatureIsWrong_orTheBodyWasChanged() {
        KycCase submitted = submittedCase();
        int writes = store.writes();
        long now = clock.instant().getEpochSecond();
        WebhookSecret attacker = WebhookSecret.generate(new SplittableRandom(99));
        var tampered = signed(decision("evt-1", submitted), SECRET, now);
        tampered.event().setBody(tampered.event().getBody().replace("APPROVED", "REJECTED"));

        assertProblem(call(signed(decision("evt-1", submitted), attacker, now)), 401, "UNAUTHENTICATED", null);
        assertProblem(call(tampered), 401, "UNAUTHENTICATED", null);
        assertProblem(call(ApiEvents.webhook("sandbox").body(body(decision("evt-1", submitted)))), 401,
                "UNAUTHENTICATED", null);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.find(CaseFixtures.TENANT, submitted.caseId()).orElseThrow().state())
                .isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    void webhook_shouldAnswer401_whenSignedLongerAgoThanTheTolerance() {
        KycCase submitted = submittedCase();
        long old = clock.instant().minus(KycWebhookSignature.TOLERANCE).minus(Duration.ofSeconds(1)).getEpochSecond();

        var response = call(signed(decision("evt-1", submitted), SECRET, old));

        assertProblem(response, 401, "UNAUTHENTICATED", null);
        assertThat(json(response).path("detail").asText()).contains("too far from the current time");
    }

    @Test
    void webhook_shouldChangeNothing_whenTheSameEventIsReplayed() {
        KycCase submitted = submittedCase();
        call(signed(decision("evt-1", submitted), SECRET, clock.instant().getEpochSecond()));
        int writes = store.writes();
        clock.advance(Duration.ofSeconds(30));

        var replay = call(signed(decision("evt-1", submitted), SECRET, clock.instant().getEpochSecond()));

        assertThat(replay.getStatusCode()).isEqualTo(200);
        assertThat(json(replay).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void webhook_shouldAnswer404_forAnotherVendor_andAProblem_forASignedBodyThatIsNoDecision() {
        KycCase submitted = submittedCase();
        long now = clock.instant().getEpochSecond();
        byte[] junk = "{\"eventId\":\"e\"}".getBytes(StandardCharsets.UTF_8);
        var unsigned = ApiEvents.webhook("sandbox").body("{\"eventId\":\"e\"}")
                .header(KycWebhookSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(KycWebhookSignature.SIGNATURE_HEADER, KycWebhookSignature.sign(SECRET, now, junk));

        assertProblem(call(signed(decision("evt-1", submitted), SECRET, now, "acme-kyc")), 404, "NOT_FOUND", null);
        assertProblem(call(unsigned), 400, "VALIDATION_FAILED", null);
    }

    @Test
    void review_shouldShowThePartnerTheExplanation_andTheCustomerNothingOfTheSuspicion() {
        String caseId = openCase("ayman");
        call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1").body(documentBody(Passports.passport(
                "AL ZAWAHIRI", "AYMAN", "EGY", java.time.LocalDate.of(1951, 6, 19), java.time.LocalDate.of(2031, 1, 1)))));
        KycCase submitted = store.find(CaseFixtures.TENANT, caseId).orElseThrow();
        call(signed(decision("evt-1", submitted), SECRET, clock.instant().getEpochSecond()));

        var partner = json(call(ApiEvents.getCase(caseId).partner("acme")));
        var customer = json(call(ApiEvents.getCase(caseId).customer("acme", "ayman")));

        assertThat(partner.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(partner.path("decision").path("reasons").get(0).asText()).isEqualTo("SANCTIONS_POTENTIAL_MATCH");
        assertThat(partner.path("screening").path("hits").get(0).path("explanation").asText()).contains("zawahiri");
        assertThat(customer.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(customer.has("screening")).isFalse();
        assertThat(customer.has("decision")).isFalse();
        assertThat(customer.toString()).doesNotContainIgnoringCase("sanction").doesNotContainIgnoringCase("zawahiri");
    }

    private KycCase submittedCase() {
        String caseId = openCase("alice");
        call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1").body(documentBody(Passports.specimen())));
        return store.find(CaseFixtures.TENANT, caseId).orElseThrow();
    }

    private KycVendorDecision decision(String eventId, KycCase kycCase) {
        return new KycVendorDecision(eventId, kycCase.vendorApplicantId().orElseThrow(), kycCase.externalRef(),
                VendorOutcome.APPROVED, List.of("MRZ_VALID"), clock.instant());
    }

    private static String body(KycVendorDecision decision) {
        return new String(CODEC.write(decision), StandardCharsets.UTF_8);
    }

    private static ApiEvents signed(KycVendorDecision decision, WebhookSecret secret, long timestamp) {
        return signed(decision, secret, timestamp, "sandbox");
    }

    private static ApiEvents signed(KycVendorDecision decision, WebhookSecret secret, long timestamp, String vendor) {
        byte[] body = CODEC.write(decision);
        return ApiEvents.webhook(vendor).body(new String(body, StandardCharsets.UTF_8))
                .header("x-kyc-timestamp", Long.toString(timestamp))
                .header("X-KYC-SIGNATURE", KycWebhookSignature.sign(secret, timestamp, body));
    }
}
