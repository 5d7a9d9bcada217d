package io.usdtcustody.functions.authorizer;

import static io.usdtcustody.functions.authorizer.AuthorizerEvents.mobileStage;
import static io.usdtcustody.functions.authorizer.AuthorizerEvents.partnerStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.authorizer.apikey.PartnerKeyAuthorizer;
import io.usdtcustody.functions.authorizer.jwt.CognitoTokenAuthorizer;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizerHandlerTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final TestIssuer POOL = new TestIssuer();
    private static final String ACME_KEY = PartnerKeyFormat.issue(TenantId.of("acme"), new SecureRandom());

    private final AuthorizerHandler handler = new AuthorizerHandler(new RequestAuthorizer(new PartnerKeyAuthorizer(),
            new CognitoTokenAuthorizer(TestIssuer.REGION, "custom:tenant_id", location -> JwksSource.fixed(POOL.keys),
                    Clock.fixed(NOW, ZoneOffset.UTC))));
    private final RecordingContext context = new RecordingContext();

    @Test
    void handleRequest_shouldAllowTheStagesMethods_withTheTenantContext_forAPartnerKey() throws IOException {
        JsonNode response = invoke(AuthorizerEvents.event(partnerStage(), Map.of("x-api-key", ACME_KEY)));

        String fingerprint = PartnerKeyFormat.fingerprint(ACME_KEY);
        assertThat(response.get("principalId").asText()).isEqualTo(fingerprint);
        assertThat(response.get("context")).isEqualTo(TestIssuer.JSON.createObjectNode()
                .put("tenantId", "acme").put("principalId", fingerprint).put("authMethod", "API_KEY"));
        assertThat(response.at("/policyDocument/Version").asText()).isEqualTo("2012-10-17");
        assertThat(response.at("/policyDocument/Statement")).singleElement().isEqualTo(TestIssuer.JSON.createObjectNode()
                .put("Action", "execute-api:Invoke").put("Effect", "Allow").put("Resource", AuthorizerEvents.STAGE_METHODS));
        assertThat(response.has("usageIdentifierKey")).isFalse();
    }

    @Test
    void handleRequest_shouldAllowWithTheTokensTenantAndSubject_forACognitoIdToken() throws IOException {
        String token = POOL.rs256(TestIssuer.idClaims(NOW));

        JsonNode response = invoke(AuthorizerEvents.event(mobileStage(), Map.of("authorization", "Bearer " + token)));

        assertThat(response.at("/context/tenantId").asText()).isEqualTo("acme");
        assertThat(response.at("/context/principalId").asText()).isEqualTo(TestIssuer.SUBJECT);
        assertThat(response.at("/context/authMethod").asText()).isEqualTo("JWT");
        assertThat(response.at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Allow");
    }

    @Test
    void handleRequest_shouldAnswerADenyPolicyWithoutContext_forAKeyThatNamesNoTenant() throws IOException {
        JsonNode response = invoke(AuthorizerEvents.event(partnerStage(), Map.of("x-api-key", "x".repeat(40))));

        assertThat(response.at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Deny");
        assertThat(response.at("/policyDocument/Statement/0/Resource").asText()).isEqualTo(AuthorizerEvents.STAGE_METHODS);
        assertThat(response.has("context")).isFalse();
        assertThat(context.lines).singleElement().asString().contains("\"decision\":\"DENY\"", "NOT_A_PARTNER_KEY");
    }

    @Test
    void handleRequest_shouldFailWithUnauthorized_forAnExpiredToken() {
        String token = POOL.es256(TestIssuer.idClaims(NOW.minusSeconds(4000)));

        assertThatThrownBy(() -> invoke(AuthorizerEvents.event(mobileStage(), Map.of("Authorization", "Bearer " + token))))
                .hasMessage("Unauthorized").hasNoCause();
        assertThat(context.lines).singleElement().asString().contains("\"reason\":\"EXPIRED\"");
    }

    @Test
    void handleRequest_shouldFailWithAFault_notAPolicy_whenTheStageIsNotConfiguredOrTheEventIsNotAnAuthorizersEvent() {
        ObjectNode notAnEvent = TestIssuer.JSON.createObjectNode().put("httpMethod", "GET");

        assertThatThrownBy(() -> invoke(AuthorizerEvents.event(Map.of(), Map.of("x-api-key", ACME_KEY))))
                .hasMessage("AUTH_METHOD_NOT_CONFIGURED");
        assertThatThrownBy(() -> invoke(notAnEvent)).hasMessage("NOT_AN_AUTHORIZER_EVENT");
        assertThatThrownBy(() -> handler.handleRequest(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), context)).hasMessage("NOT_AN_AUTHORIZER_EVENT");
        assertThat(context.lines).hasSize(3).allSatisfy(line -> assertThat(line).contains("\"level\":\"ERROR\""));
    }

    @Test
    void handleRequest_shouldNeverLogTheKeyOrTheToken_whateverTheOutcome() throws IOException {
        String token = POOL.es256(TestIssuer.idClaims(NOW));
        String expired = POOL.es256(TestIssuer.idClaims(NOW.minusSeconds(4000)));
        String badKey = "Z".repeat(40);

        invoke(AuthorizerEvents.event(partnerStage(), Map.of("x-api-key", ACME_KEY, "X-Correlation-Id", "corr-42")));
        invoke(AuthorizerEvents.event(partnerStage(), Map.of("x-api-key", badKey)));
        invoke(AuthorizerEvents.event(mobileStage(), Map.of("Authorization", "Bearer " + token)));
        assertThatThrownBy(() -> invoke(AuthorizerEvents.event(mobileStage(), Map.of("Authorization", "Bearer " + expired))));

        String secret = ACME_KEY.substring(ACME_KEY.indexOf('.') + 1);
        List<String> tokenParts = List.of(token.split("\\.")[1], token.split("\\.")[2], expired.split("\\.")[2]);
        assertThat(context.lines).hasSize(4).allSatisfy(line -> {
            assertThat(line).doesNotContain(secret).doesNotContain(badKey).doesNotContain("alice@example.com");
            tokenParts.forEach(part -> assertThat(line).doesNotContain(part));
            assertThat(TestIssuer.JSON.readTree(line).get("requestId").asText()).isEqualTo("req-1");
        });
        assertThat(context.lines.get(0)).contains("\"correlationId\":\"corr-42\"", "\"tenantId\":\"acme\"");
    }

    private JsonNode invoke(ObjectNode event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), output, context);
        return TestIssuer.JSON.readTree(output.toByteArray());
    }
}
