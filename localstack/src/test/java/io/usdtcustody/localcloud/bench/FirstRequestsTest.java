package io.usdtcustody.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FirstRequests requests = new FirstRequests(ResourceCatalogue.API, new ResourceNaming("coldstart-"),
            Instant.parse("2026-11-25T06:00:00Z"), new SecureRandom());

    @Test
    void forFunction_shouldReadTheCustomerItCreatedThroughProxyEventsOfTheBenchTenant_whenOnboarding() throws IOException {
        FirstRequest read = requests.forFunction(ResourceCatalogue.ONBOARDING).get(0);
        JsonNode create = JSON.readTree(read.setup().get(0).get());

        JsonNode get = JSON.readTree(read.event().apply(List.of(created("/v1/customers/cus-7"))));

        assertThat(create.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(create.path("headers").path("Idempotency-Key").asText()).isNotBlank();
        assertThat(JSON.readTree(create.path("body").asText()).path("type").asText()).isEqualTo("PERSON");
        assertThat(get.path("httpMethod").asText()).isEqualTo("GET");
        assertThat(get.path("resource").asText()).isEqualTo("/v1/customers/{customerId}");
        assertThat(get.path("pathParameters").path("customerId").asText()).isEqualTo("cus-7");
        assertThat(get.path("requestContext").path("authorizer").path("tenantId").asText()).isEqualTo("coldstart");
        assertThat(get.path("requestContext").path("authorizer").path("authMethod").asText()).isEqualTo("API_KEY");
    }

    @Test
    void forFunction_shouldCreateANewCustomerEachTime_whenOnboardingCreate() throws IOException {
        FirstRequest create = requests.forFunction(ResourceCatalogue.ONBOARDING).get(1);

        JsonNode first = JSON.readTree(create.event().apply(List.of()));
        JsonNode second = JSON.readTree(create.event().apply(List.of()));

        assertThat(create.variant()).isEqualTo("create");
        assertThat(first.path("headers").path("Idempotency-Key").asText())
                .isNotEqualTo(second.path("headers").path("Idempotency-Key").asText());
    }

    @Test
    void forFunction_shouldOpenTheCaseForTheCustomerOnboardingCreated_whenKyc() throws IOException {
        requests.forFunction(ResourceCatalogue.ONBOARDING).get(0).event().apply(List.of(created("/v1/customers/cus-7")));

        JsonNode open = JSON.readTree(requests.forFunction(ResourceCatalogue.KYC).get(0).setup().get(0).get());

        assertThat(open.path("path").asText()).isEqualTo("/v1/customers/cus-7/kyc-cases");
    }

    @Test
    void forFunction_shouldReadTheCaseItOpened_andScreenANameApart_whenKyc() throws IOException {
        List<FirstRequest> kyc = requests.forFunction(ResourceCatalogue.KYC);

        assertThat(kyc).extracting(FirstRequest::variant).containsExactly("", "name screening");
        assertThat(JSON.readTree(kyc.get(0).setup().get(0).get()).path("resource").asText())
                .isEqualTo("/v1/customers/{customerId}/kyc-cases");
        JsonNode read = JSON.readTree(kyc.get(0).event().apply(List.of(created("/v1/kyc-cases/0192-case"))));
        assertThat(read.path("path").asText()).isEqualTo("/v1/kyc-cases/0192-case");
        assertThat(JSON.readTree(kyc.get(1).event().apply(List.of())).path("resource").asText()).isEqualTo("/v1/screening/names");
    }

    @Test
    void location_shouldFallBack_whenTheSetupAnsweredWithoutOne() {
        byte[] refused = "{\"statusCode\":400,\"headers\":{}}".getBytes(StandardCharsets.UTF_8);

        assertThat(FirstRequests.location(List.of(refused), "/v1/kyc-cases/none")).isEqualTo("/v1/kyc-cases/none");
    }

    @Test
    void forFunction_shouldUseTheGetRouteWithFewestParameters_whenNothingSpecialIsKnown() throws IOException {
        FunctionSpec other = new FunctionSpec("other", "functions/other", "a.Other::handleRequest", 512, 5,
                List.of(), List.of(), List.of(), List.of());
        ApiSpec api = new ApiSpec(List.of(
                RouteSpec.of(HttpMethod.POST, "/v1/things", RouteTarget.function(other), RouteAuth.API_KEY, "write"),
                RouteSpec.of(HttpMethod.GET, "/v1/things/{thingId}/parts/{partId}", RouteTarget.function(other), RouteAuth.API_KEY, "deep"),
                RouteSpec.of(HttpMethod.GET, "/v1/things/{thingId}", RouteTarget.function(other), RouteAuth.API_KEY, "read")),
                ResourceCatalogue.API.usagePlans(), "tenant", List.of());
        FirstRequests own = new FirstRequests(api, new ResourceNaming(""), Instant.EPOCH, new SecureRandom());

        JsonNode event = JSON.readTree(own.forFunction(other).get(0).event().apply(List.of()));

        assertThat(event.path("path").asText()).isEqualTo("/v1/things/coldstart-thingId");
    }

    @Test
    void forFunction_shouldSendTheEventSourcesShape_whenTheFunctionHasNoRoute() throws IOException {
        assertThat(JSON.readTree(event(ResourceCatalogue.RECEIPTS_FN)).path("Records").isArray()).isTrue();
        assertThat(JSON.readTree(event(ResourceCatalogue.REPORTING)).path("detail-type").asText())
                .isEqualTo("Scheduled Event");
    }

    @Test
    void forFunction_shouldAskForAPartnerDecisionWithAKeyNamingTheBenchTenant_whenAuthorizer() throws IOException {
        JsonNode event = JSON.readTree(event(ResourceCatalogue.AUTHORIZER));

        assertThat(event.path("type").asText()).isEqualTo("REQUEST");
        assertThat(event.path("stageVariables").path("authMethod").asText()).isEqualTo("API_KEY");
        assertThat(PartnerKeyFormat.tenantOf(event.path("headers").path(ApiSpec.API_KEY_HEADER).asText()))
                .contains(FirstRequests.TENANT);
    }

    @Test
    void baseline_shouldNameTheSeededItemInThePrefixedCustomersTable() throws IOException {
        JsonNode event = JSON.readTree(requests.baseline().event().apply(List.of()));

        assertThat(event.path("table").asText()).isEqualTo("coldstart-customers");
        assertThat(event.path("pk").asText()).isEqualTo(FirstRequests.BASELINE_PK);
    }

    private byte[] event(FunctionSpec function) {
        return requests.forFunction(function).get(0).event().apply(List.of());
    }

    private static byte[] created(String location) {
        return ("{\"statusCode\":201,\"headers\":{\"Location\":\"" + location + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
