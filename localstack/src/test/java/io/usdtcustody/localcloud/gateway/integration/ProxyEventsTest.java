package io.usdtcustody.localcloud.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.localcloud.gateway.auth.PartnerKey;
import io.usdtcustody.localcloud.gateway.routing.RouteMatch;
import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events are read back with the Lambda runtime's own serialiser, as a handler taking the event class gets them. */
class ProxyEventsTest {
    private static final RouteSpec ROUTE = RouteSpec.of(HttpMethod.POST, "/v1/customers/{customerId}/consents",
            new RouteTarget.FunctionTarget("onboarding"), RouteAuth.API_KEY_OR_JWT, "x");
    private static final Instant AT = Instant.parse("2030-03-01T10:15:30.123Z");
    private final ProxyEvents events = new ProxyEvents(ResourceCatalogue.API, "local");

    @Test
    void toEvent_shouldCarryTheRequest_asTheRuntimeDeserialisesIt() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-type", List.of("application/json"));
        headers.put("Accept", List.of("text/plain", "application/json"));
        headers.put("User-agent", List.of("curl/8"));
        GatewayRequest request = new GatewayRequest("req-1", "corr-1", "POST", "/v1/customers/c%201/consents",
                "a=1&b=x%20y&a=2", headers, "{\"kind\":\"marketing\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1", AT);
        Caller partner = Caller.partner(new PartnerKey("acme-key", TenantId.of("acme"), "partner-standard"));

        APIGatewayProxyRequestEvent event = read(events.toEvent(request,
                new RouteMatch.Found(ROUTE, Map.of("customerId", "c 1")), partner));

        assertThat(event.getResource()).isEqualTo("/v1/customers/{customerId}/consents");
        assertThat(event.getPath()).isEqualTo("/v1/customers/c%201/consents");
        assertThat(event.getHttpMethod()).isEqualTo("POST");
        assertThat(event.getHeaders()).containsEntry("Accept", "application/json");
        assertThat(event.getMultiValueHeaders().get("Accept")).containsExactly("text/plain", "application/json");
        assertThat(event.getQueryStringParameters()).isEqualTo(Map.of("a", "2", "b", "x y"));
        assertThat(event.getMultiValueQueryStringParameters().get("a")).containsExactly("1", "2");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("customerId", "c 1"));
        assertThat(event.getBody()).isEqualTo("{\"kind\":\"marketing\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();
        var context = event.getRequestContext();
        assertThat(context.getRequestId()).isEqualTo("req-1");
        assertThat(context.getStage()).isEqualTo("local");
        assertThat(context.getResourcePath()).isEqualTo("/v1/customers/{customerId}/consents");
        assertThat(context.getRequestTimeEpoch()).isEqualTo(AT.toEpochMilli());
        assertThat(context.getIdentity().getApiKey()).isNull();
        assertThat(context.getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getIdentity().getUserAgent()).isEqualTo("curl/8");
        assertThat(context.getAuthorizer()).containsEntry("tenantId", "acme").containsEntry("principalId", "acme-key")
                .containsEntry("authMethod", "API_KEY");
    }

    @Test
    void toEvent_shouldDropAClientTenantHeader_andCarryTheAuthenticatedTenantOnly() {
        Map<String, List<String>> headers = Map.of("X-tenant-id", List.of("victim"));
        GatewayRequest request = new GatewayRequest("r", "c", "GET", "/v1/customers/c1", null, headers, null, "127.0.0.1", AT);

        APIGatewayProxyRequestEvent event = read(events.toEvent(request,
                new RouteMatch.Found(ROUTE, Map.of("customerId", "c1")), Caller.mobile(TenantId.of("acme"), "alice")));

        assertThat(event.getHeaders()).doesNotContainKey("X-tenant-id");
        assertThat(event.getMultiValueHeaders()).doesNotContainKey("X-tenant-id");
        assertThat(event.getRequestContext().getAuthorizer()).containsEntry("tenantId", "acme")
                .containsEntry("principalId", "alice").containsEntry("authMethod", "JWT");
        assertThat(event.getBody()).isNull();
        assertThat(event.getQueryStringParameters()).isNull();
    }

    @Test
    void toEvent_shouldBase64TheBinaryMediaTypes_andGiveNoAuthorizerToPublicRoutes() {
        byte[] pdf = {'%', 'P', 'D', 'F', (byte) 0xE2, (byte) 0x80};
        GatewayRequest request = new GatewayRequest("r", "c", "POST", "/v1/x", null,
                Map.of("Content-Type", List.of("application/pdf")), pdf, "127.0.0.1", AT);

        APIGatewayProxyRequestEvent event = read(events.toEvent(request, new RouteMatch.Found(ROUTE, Map.of()), Caller.anonymous()));

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(pdf);
        assertThat(event.getRequestContext().getAuthorizer()).isNull();
        assertThat(event.getPathParameters()).isNull();
    }

    private static APIGatewayProxyRequestEvent read(byte[] json) {
        return LambdaEventSerializers.serializerFor(APIGatewayProxyRequestEvent.class, ProxyEventsTest.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json));
    }
}
