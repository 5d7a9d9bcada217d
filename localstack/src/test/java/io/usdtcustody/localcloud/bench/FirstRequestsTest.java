package io.usdtcustody.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FirstRequests requests = new FirstRequests(ResourceCatalogue.API, new ResourceNaming("coldstart-"),
            Instant.parse("2026-11-25T06:00:00Z"), new SecureRandom());

    @Test
    void forFunction_shouldReadTheCustomerItCreatedThroughProxyEventsOfTheBenchTenant_whenOnboarding() throws IOException {
        FirstRequest request = requests.forFunction(ResourceCatalogue.ONBOARDING);

        JsonNode get = JSON.readTree(request.event());
        assertThat(get.path("httpMethod").asText()).isEqualTo("GET");
        assertThat(get.path("resource").asText()).isEqualTo("/v1/customers/{customerId}");
        assertThat(get.path("pathParameters").path("customerId").asText()).isEqualTo(FirstRequests.CUSTOMER_ID);
        assertThat(get.path("requestContext").path("authorizer").path("tenantId").asText()).isEqualTo("coldstart");
        assertThat(request.setup()).hasSize(1);
        JsonNode create = JSON.readTree(request.setup().get(0));
        assertThat(create.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(create.path("headers").path("Idempotency-Key").asText()).isNotBlank();
        assertThat(JSON.readTree(create.path("body").asText()).path("customerId").asText()).isEqualTo(FirstRequests.CUSTOMER_ID);
    }

    @Test
    void forFunction_shouldUseTheGetRouteWithFewestParameters_whenTheFunctionServesRoutes() throws IOException {
        JsonNode event = JSON.readTree(requests.forFunction(ResourceCatalogue.KYC).event());

        assertThat(event.path("resource").asText()).isEqualTo("/v1/kyc-cases/{caseId}");
        assertThat(event.path("path").asText()).isEqualTo("/v1/kyc-cases/coldstart-caseId");
    }

    @Test
    void forFunction_shouldSendTheEventSourcesShape_whenTheFunctionHasNoRoute() throws IOException {
        assertThat(JSON.readTree(requests.forFunction(ResourceCatalogue.RECEIPTS_FN).event()).path("Records").isArray()).isTrue();
        assertThat(JSON.readTree(requests.forFunction(ResourceCatalogue.REPORTING).event()).path("detail-type").asText())
                .isEqualTo("Scheduled Event");
    }

    @Test
    void forFunction_shouldAskForAPartnerDecisionWithAKeyNamingTheBenchTenant_whenAuthorizer() throws IOException {
        JsonNode event = JSON.readTree(requests.forFunction(ResourceCatalogue.AUTHORIZER).event());

        assertThat(event.path("type").asText()).isEqualTo("REQUEST");
        assertThat(event.path("stageVariables").path("authMethod").asText()).isEqualTo("API_KEY");
        assertThat(PartnerKeyFormat.tenantOf(event.path("headers").path(ApiSpec.API_KEY_HEADER).asText()))
                .contains(FirstRequests.TENANT);
    }

    @Test
    void baseline_shouldNameTheSeededItemInThePrefixedCustomersTable() throws IOException {
        JsonNode event = JSON.readTree(requests.baseline().event());

        assertThat(event.path("table").asText()).isEqualTo("coldstart-customers");
        assertThat(event.path("pk").asText()).isEqualTo(FirstRequests.BASELINE_PK);
    }
}
