package io.usdtcustody.functions.onboarding;

import static io.usdtcustody.functions.onboarding.OnboardingFixture.ALICE;
import static io.usdtcustody.functions.onboarding.OnboardingFixture.customer;
import static io.usdtcustody.functions.onboarding.OnboardingFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The onboarding API end to end inside the handler, on in-memory ports. */
class OnboardingHandlerTest extends OnboardingFixture {

    @Test
    void create_shouldAnswer201WithTheCustomer_storedUnderTheCallersTenant() {
        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request("POST", "/v1/customers", ALICE,
                "Idempotency-Key", "k-1", "X-Correlation-Id", "corr-1"));

        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = json(response);
        String id = body.path("customerId").asText();
        assertThat(response.getHeaders()).containsEntry("Location", "/v1/customers/" + id)
                .containsEntry(ApiResponses.CORRELATION_HEADER, "corr-1");
        assertThat(body.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(body.path("screening").path("outcome").asText()).isEqualTo("CLEAR");
        assertThat(body.path("dateOfBirth").asText()).isEqualTo("1990-04-01");
        assertThat(body.path("createdAt").asText()).isEqualTo(NOW.toString());
        assertThat(records.find(TenantId.of("acme"), id)).isPresent();
        assertThat(records.find(TenantId.of("beta"), id)).isEmpty();
        assertThat(metrics.total("CustomersCreatedCount")).isEqualTo(1);
    }

    @Test
    void create_shouldReplayTheFirstAnswer_whenTheSameKeyAndBodyComeAgain() {
        APIGatewayProxyResponseEvent first = send(ProxyEvents.partner("acme").request("POST", "/v1/customers", ALICE,
                "Idempotency-Key", "k-1"));
        APIGatewayProxyResponseEvent again = send(ProxyEvents.partner("acme").request("POST", "/v1/customers",
                "{ \"country\":\"DE\", \"dateOfBirth\":\"1990-04-01\", \"name\":\"Alice Example\", \"type\":\"PERSON\" }",
                "Idempotency-Key", "k-1"));

        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders()).containsEntry(ApiResponses.REPLAYED_HEADER, "true");
        assertThat(metrics.total("CustomersCreatedCount")).isEqualTo(1);
        assertThat(metrics.total("IdempotentReplaysCount")).isEqualTo(1);
    }

    @Test
    void create_shouldBe409KeyReused_whenTheSameKeyComesWithAnotherBody() {
        send(ProxyEvents.partner("acme").request("POST", "/v1/customers", ALICE, "Idempotency-Key", "k-1"));

        APIGatewayProxyResponseEvent reused = send(ProxyEvents.partner("acme").request("POST", "/v1/customers",
                ALICE.replace("Alice", "Alicia"), "Idempotency-Key", "k-1"));

        assertThat(reused.getStatusCode()).isEqualTo(409);
        assertThat(reused.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(json(reused).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(metrics.total("CustomersCreatedCount")).isEqualTo(1);
    }

    @Test
    void create_shouldPutASanctionedNameInReview_withTheHitAndItsExplanation() {
        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request("POST", "/v1/customers",
                "{\"type\":\"PERSON\",\"name\":\"Evgeny Prigozhin\",\"dateOfBirth\":\"1961-06-01\",\"country\":\"RU\"}",
                "Idempotency-Key", "k-1"));

        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.path("status").asText()).isEqualTo("REVIEW");
        JsonNode hit = body.path("screening").path("hits").get(0);
        assertThat(body.path("screening").path("outcome").asText()).isEqualTo("MATCH");
        assertThat(hit.path("entryId").asInt()).isEqualTo(TestScreens.PRIGOZHIN);
        assertThat(hit.path("explanation").asText()).contains("prigozhin", "date of birth");
        assertThat(hit.path("score").asDouble()).isGreaterThanOrEqualTo(body.path("screening").path("threshold").asDouble());
        assertThat(metrics.total("ScreeningMatchesCount")).isEqualTo(1);
    }

    @Test
    void read_shouldShowTheCustomerWithProfileAndConsents_toItsPartner() {
        String id = create("acme", ALICE, "k-1");

        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request("GET", "/v1/customers/{customerId}",
                customer(id), null));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(json(response).path("customerId").asText()).isEqualTo(id);
        assertThat(json(response).path("profile").isNull()).isTrue();
        assertThat(json(response).path("consents").isArray()).isTrue();
    }

    @Test
    void everyRoute_shouldAnswer404_forAnotherTenantsCustomer_andChangeNothing() {
        String id = create("acme", ALICE, "k-1");
        ProxyEvents beta = ProxyEvents.partner("beta");

        var responses = new APIGatewayProxyResponseEvent[] {
            send(beta.request("GET", "/v1/customers/{customerId}", customer(id), null)),
            send(beta.request("PUT", "/v1/customers/{customerId}/profile", customer(id), ProfileRulesTest.PROFILE,
                    "Idempotency-Key", "b-1")),
            send(beta.request("POST", "/v1/customers/{customerId}/consents", customer(id),
                    "{\"type\":\"MARKETING\",\"documentVersion\":\"v1\",\"granted\":true}", "Idempotency-Key", "b-2")),
            send(beta.request("POST", "/v1/customers/{customerId}/deposit-addresses", customer(id),
                    "{\"chain\":\"ETHEREUM\"}", "Idempotency-Key", "b-3")),
            send(beta.request("GET", "/v1/customers/{customerId}/balances", customer(id), null))};

        for (APIGatewayProxyResponseEvent response : responses) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(json(response).path("code").asText()).isEqualTo("NOT_FOUND");
        }
        assertThat(custody.calls).isEmpty();
        var acmeCustomer = records.find(TenantId.of("acme"), id).orElseThrow();
        assertThat(acmeCustomer.profileVersion()).isZero();
        assertThat(records.history(TenantId.of("acme"), id)).isEmpty();
    }

    @Test
    void mobileCustomer_shouldOnboardAsItsOwnSubject_andSeeNoOtherCustomerNorScreeningDetails() {
        ProxyEvents alice = ProxyEvents.customer("acme", "alice-sub");
        APIGatewayProxyResponseEvent created = send(alice.request("POST", "/v1/customers", ALICE, "Idempotency-Key", "m-1"));
        String other = create("acme", ALICE.replace("Alice", "Bob"), "k-2");

        APIGatewayProxyResponseEvent own = send(alice.request("GET", "/v1/customers/{customerId}", customer("alice-sub"), null));
        APIGatewayProxyResponseEvent foreign = send(alice.request("GET", "/v1/customers/{customerId}", customer(other), null));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(json(created).path("customerId").asText()).isEqualTo("alice-sub");
        assertThat(own.getStatusCode()).isEqualTo(200);
        assertThat(json(own).has("screening")).isFalse();
        assertThat(foreign.getStatusCode()).isEqualTo(404);
    }

    @Test
    void depositAddress_shouldComeFromCustody_whenTheCustomersKycIsVerified() {
        String verified = create("acme", ALICE, "k-1");
        records.setKycStanding(TenantId.of("acme"), verified, KycStandingStatus.VERIFIED);

        APIGatewayProxyResponseEvent address = send(ProxyEvents.partner("acme").request("POST",
                "/v1/customers/{customerId}/deposit-addresses", customer(verified), "{\"chain\":\"ETHEREUM\"}",
                "Idempotency-Key", "d-1"));

        assertThat(address.getStatusCode()).isEqualTo(200);
        assertThat(json(address).path("chain").asText()).isEqualTo("ETHEREUM");
        assertThat(json(address).path("address").asText()).startsWith("0x");
        assertThat(custody.calls).containsExactly("address acme " + verified + " ETHEREUM");
    }

    @ParameterizedTest
    @EnumSource(value = KycStandingStatus.class, names = {"UNDER_REVIEW", "REJECTED"})
    void depositAddress_shouldBe409KycNotVerifiedNamingTheStanding_andCallNoCustody_whenKycIsNotVerified(
            KycStandingStatus standing) {
        String id = create("acme", ALICE, "k-1");
        records.setKycStanding(TenantId.of("acme"), id, standing);

        APIGatewayProxyResponseEvent refused = send(ProxyEvents.partner("acme").request("POST",
                "/v1/customers/{customerId}/deposit-addresses", customer(id), "{\"chain\":\"ETHEREUM\"}",
                "Idempotency-Key", "d-1"));

        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(refused.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(json(refused).path("code").asText()).isEqualTo("KYC_NOT_VERIFIED");
        assertThat(json(refused).path("detail").asText()).endsWith("its KYC standing is " + standing.name() + ".");
        assertThat(custody.calls).isEmpty();
    }

    @Test
    void depositAddress_shouldBeRefusedWithoutTippingOff_andLeaveTheKeyUnused_whenNoKycCaseWasDecided() {
        String fresh = create("acme", ALICE, "k-1");
        String review = create("acme",
                "{\"type\":\"PERSON\",\"name\":\"Evgeny Prigozhin\",\"dateOfBirth\":\"1961-06-01\",\"country\":\"RU\"}", "k-2");
        ProxyEvents acme = ProxyEvents.partner("acme");
        var request = acme.request("POST", "/v1/customers/{customerId}/deposit-addresses", customer(fresh),
                "{\"chain\":\"ETHEREUM\"}", "Idempotency-Key", "d-1");

        APIGatewayProxyResponseEvent beforeKyc = send(request);
        APIGatewayProxyResponseEvent inReview = send(acme.request("POST", "/v1/customers/{customerId}/deposit-addresses",
                customer(review), "{\"chain\":\"ETHEREUM\"}", "Idempotency-Key", "d-2"));
        records.setKycStanding(TenantId.of("acme"), fresh, KycStandingStatus.VERIFIED);
        APIGatewayProxyResponseEvent afterKyc = send(request);

        assertThat(beforeKyc.getStatusCode()).isEqualTo(409);
        assertThat(json(beforeKyc).path("detail").asText()).endsWith("its KYC standing is NONE.");
        assertThat(json(inReview).path("code").asText()).isEqualTo("KYC_NOT_VERIFIED");
        assertThat(json(inReview).path("detail").asText()).isEqualTo(json(beforeKyc).path("detail").asText());
        assertThat(inReview.getBody()).doesNotContainIgnoringCase("sanction").doesNotContainIgnoringCase("screen");
        assertThat(afterKyc.getStatusCode()).isEqualTo(200);
        assertThat(afterKyc.getHeaders()).doesNotContainKey(ApiResponses.REPLAYED_HEADER);
        assertThat(custody.calls).containsExactly("address acme " + fresh + " ETHEREUM");
    }

    @Test
    void balances_shouldBeCustodysForTheCustomer_asDecimalStrings() {
        String id = create("acme", ALICE, "k-1");

        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request("GET",
                "/v1/customers/{customerId}/balances", customer(id), null));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(json(response).path("balances").get(0).path("available").isTextual()).isTrue();
        assertThat(json(response).path("balances").get(0).path("available").asText()).isEqualTo("12.5");
    }

    @Test
    void aFailingCustody_shouldBeA503_andReleaseTheKeySoTheClientCanRetry() {
        String id = create("acme", ALICE, "k-1");
        records.setKycStanding(TenantId.of("acme"), id, KycStandingStatus.VERIFIED);
        custody.failWith(new io.usdtcustody.model.errors.PlatformException(
                io.usdtcustody.model.errors.ErrorCode.UNAVAILABLE, "Custody could not be reached; retry later."));
        var request = ProxyEvents.partner("acme").request("POST", "/v1/customers/{customerId}/deposit-addresses",
                customer(id), "{\"chain\":\"TRON\"}", "Idempotency-Key", "d-1");

        APIGatewayProxyResponseEvent failed = send(request);
        custody.failWith(null);
        APIGatewayProxyResponseEvent retried = send(request);

        assertThat(failed.getStatusCode()).isEqualTo(503);
        assertThat(retried.getStatusCode()).isEqualTo(200);
        assertThat(retried.getHeaders()).doesNotContainKey(ApiResponses.REPLAYED_HEADER);
    }

    @Test
    void aRequestWithoutTenant_shouldBe401_andAnUnknownRouteA404() {
        var noTenant = ProxyEvents.partner("acme").request("GET", "/v1/customers/{customerId}", customer("x"), null);
        noTenant.getRequestContext().getAuthorizer().remove("tenantId");
        var unknown = ProxyEvents.partner("acme").request("DELETE", "/v1/customers/{customerId}", customer("x"), null);

        assertThat(send(noTenant).getStatusCode()).isEqualTo(401);
        assertThat(send(unknown).getStatusCode()).isEqualTo(404);
    }
}
