package io.usdtcustody.functions.onboarding;

import static io.usdtcustody.functions.onboarding.OnboardingFixture.ALICE;
import static io.usdtcustody.functions.onboarding.OnboardingFixture.customer;
import static io.usdtcustody.functions.onboarding.OnboardingFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** Profile versions and consent records through the handler. */
class ProfileRulesTest extends OnboardingFixture {
    static final String PROFILE = "{\"email\":\"alice@example.com\",\"phone\":\"+4930123456\",\"address\":{\"line1\":\"Hauptstr. 1\","
            + "\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"},\"nationality\":\"DE\"}";

    private APIGatewayProxyResponseEvent putProfile(String id, String body, String key, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(ProxyEvents.partner("acme").request("PUT", "/v1/customers/{customerId}/profile", customer(id), body, all));
    }

    @Test
    void putProfile_shouldWriteVersionAfterVersion_andKeepEarlierOnes() {
        String id = create("acme", ALICE, "k-1");

        APIGatewayProxyResponseEvent first = putProfile(id, PROFILE, "p-1");
        APIGatewayProxyResponseEvent second = putProfile(id, PROFILE.replace("alice@", "alice.new@"), "p-2");

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(first.getHeaders()).containsEntry("ETag", "\"1\"");
        assertThat(json(second).path("version").asInt()).isEqualTo(2);
        assertThat(records.find(TenantId.of("acme"), id, 1).orElseThrow().email()).isEqualTo("alice@example.com");
        JsonNode read = json(send(ProxyEvents.partner("acme").request("GET", "/v1/customers/{customerId}", customer(id), null)));
        assertThat(read.path("profile").path("version").asInt()).isEqualTo(2);
        assertThat(read.path("profile").path("email").asText()).isEqualTo("alice.new@example.com");
        assertThat(read.path("profile").path("address").path("city").asText()).isEqualTo("Berlin");
    }

    @Test
    void putProfile_shouldBe409_whenIfMatchNamesAnOlderVersion() {
        String id = create("acme", ALICE, "k-1");
        putProfile(id, PROFILE, "p-1");
        putProfile(id, PROFILE, "p-2");

        APIGatewayProxyResponseEvent stale = putProfile(id, PROFILE, "p-3", "If-Match", "\"1\"");
        APIGatewayProxyResponseEvent current = putProfile(id, PROFILE, "p-4", "If-Match", "\"2\"");

        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(json(stale).path("code").asText()).isEqualTo("CONFLICT");
        assertThat(current.getStatusCode()).isEqualTo(200);
        assertThat(json(current).path("version").asInt()).isEqualTo(3);
    }

    @Test
    void consents_shouldBeAppended_andTheLatestPerTypeShown() {
        String id = create("acme", ALICE, "k-1");
        ProxyEvents acme = ProxyEvents.partner("acme");

        APIGatewayProxyResponseEvent granted = send(acme.request("POST", "/v1/customers/{customerId}/consents", customer(id),
                "{\"type\":\"MARKETING\",\"documentVersion\":\"2026-01\",\"granted\":true}", "Idempotency-Key", "c-1"));
        send(acme.request("POST", "/v1/customers/{customerId}/consents", customer(id),
                "{\"type\":\"TERMS_OF_SERVICE\",\"documentVersion\":\"v3\",\"granted\":true}", "Idempotency-Key", "c-2"));
        send(acme.request("POST", "/v1/customers/{customerId}/consents", customer(id),
                "{\"type\":\"MARKETING\",\"documentVersion\":\"2026-01\",\"granted\":false}", "Idempotency-Key", "c-3"));

        assertThat(granted.getStatusCode()).isEqualTo(201);
        assertThat(json(granted).path("recordedAt").asText()).isEqualTo(NOW.toString());
        assertThat(records.history(TenantId.of("acme"), id)).hasSize(3);
        JsonNode consents = json(send(acme.request("GET", "/v1/customers/{customerId}", customer(id), null))).path("consents");
        assertThat(consents).hasSize(2);
        assertThat(consents.get(0).path("type").asText()).isEqualTo("TERMS_OF_SERVICE");
        assertThat(consents.get(1).path("type").asText()).isEqualTo("MARKETING");
        assertThat(consents.get(1).path("granted").asBoolean()).isFalse();
    }
}
