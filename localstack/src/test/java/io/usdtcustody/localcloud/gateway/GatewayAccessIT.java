package io.usdtcustody.localcloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gets in, as whom, and how often: partner keys and their tenants, mobile JWTs (ES256 and RS256 from a JWKS
 * fetched over HTTP), tenant headers the client cannot forge (to functions and to services), and usage plans
 * answering 429 with Retry-After on burst and on the daily quota. Real HTTP, real runtime JVMs.
 */
class GatewayAccessIT extends GatewayFixture {

    @Test
    void apiKey_shouldReachTheFunctionAsItsPartnersTenant_whateverTenantHeaderTheClientSends() {
        HttpResponse<String> response = get("/v1/echo/item-1?x=1", "x-api-key", acmeKey, "X-Tenant-Id", "beta");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = json(response);
        assertThat(seen.path("authorizer").path("tenantId").asText()).isEqualTo("acme");
        assertThat(seen.path("authorizer").path("authMethod").asText()).isEqualTo("API_KEY");
        assertThat(seen.path("authorizer").path("principalId").asText()).isEqualTo("acme-key");
        assertThat(seen.path("tenantHeader").isNull()).isTrue();
    }

    @Test
    void partnersKeys_shouldEachSeeOnlyTheirOwnTenant() {
        assertThat(json(get("/v1/echo/c-1", "x-api-key", betaKey)).path("authorizer").path("tenantId").asText()).isEqualTo("beta");
        assertThat(json(get("/v1/echo/c-1", "x-api-key", acmeKey)).path("authorizer").path("tenantId").asText()).isEqualTo("acme");
    }

    @Test
    void jwt_shouldBeAccepted_signedWithEs256OrRs256_andNameItsTenantAndSubject() {
        for (JwsAlgorithm algorithm : JwsAlgorithm.values()) {
            HttpResponse<String> response = get("/v1/echo/me", "Authorization", "Bearer " + token("beta", "bob", algorithm),
                    "X-Tenant-Id", "acme");

            assertThat(response.statusCode()).as(algorithm.name()).isEqualTo(200);
            JsonNode authorizer = json(response).path("authorizer");
            assertThat(authorizer.path("tenantId").asText()).isEqualTo("beta");
            assertThat(authorizer.path("principalId").asText()).isEqualTo("bob");
            assertThat(authorizer.path("authMethod").asText()).isEqualTo("JWT");
        }
    }

    @Test
    void jwt_shouldBeRefusedWith401_whenExpiredTamperedUnsignedOrForAnotherAudience() {
        String expired = signed(claims("beta").put("exp", CLOCK.instant().getEpochSecond() - 120), JwsAlgorithm.ES256);
        String good = token("beta", "bob", JwsAlgorithm.RS256);
        String tampered = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String unsigned = header + good.substring(good.indexOf('.'), good.lastIndexOf('.') + 1);
        String otherAudience = signed(claims("beta").put("aud", "someone-else"), JwsAlgorithm.ES256);

        for (String token : List.of(expired, tampered, unsigned, otherAudience)) {
            HttpResponse<String> response = get("/v1/echo/me", "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void missingOrUnknownCredentials_shouldGet401Or403_problemJson() {
        HttpResponse<String> missing = get("/v1/echo/x");
        HttpResponse<String> unknown = get("/v1/echo/x", "x-api-key", "k".repeat(40));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(json(unknown).path("code").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void serviceRoutes_shouldGetTheAuthenticatedTenantHeaderOnly_andTheCorrelationId() {
        HttpResponse<String> partner = get("/v1/whoami?q=1", "x-api-key", acmeKey, "X-Tenant-Id", "beta",
                "X-Correlation-Id", "corr-42");
        HttpResponse<String> mobile = get("/v1/whoami", "Authorization", "Bearer " + token("beta", "bob", JwsAlgorithm.ES256),
                "X-Tenant-Id", "acme");

        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(json(partner).path("tenantHeaders").toString()).isEqualTo("[\"acme\"]");
        assertThat(json(partner).path("correlationId").asText()).isEqualTo("corr-42");
        assertThat(json(partner).path("path").asText()).isEqualTo("/v1/whoami?q=1");
        assertThat(partner.headers().firstValue("X-Correlation-Id")).contains("corr-42");
        assertThat(json(mobile).path("tenantHeaders").toString()).isEqualTo("[\"beta\"]");
    }

    @Test
    void usagePlan_shouldAnswer429WithRetryAfter_onceTheBurstIsSpent_untilTheBucketRefills() {
        assertThat(get("/v1/metered", "x-api-key", burstyKey).statusCode()).isEqualTo(200);
        assertThat(get("/v1/metered", "x-api-key", burstyKey).statusCode()).isEqualTo(200);

        HttpResponse<String> limited = get("/v1/metered", "x-api-key", burstyKey);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(json(limited).path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(get("/v1/metered", "x-api-key", acmeKey).statusCode()).as("another key of the tenant").isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(get("/v1/metered", "x-api-key", burstyKey).statusCode()).isEqualTo(200);
    }

    @Test
    void usagePlan_shouldAnswer429UntilUtcMidnight_onceTheDailyQuotaIsUsed() {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/v1/metered", "x-api-key", cappedKey).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = get("/v1/metered", "x-api-key", cappedKey);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isEqualTo(secondsToUtcMidnight());
        assertThat(json(limited).path("detail").asText()).contains("quota");
        CLOCK.advance(Duration.ofSeconds(secondsToUtcMidnight()));
        assertThat(get("/v1/metered", "x-api-key", cappedKey).statusCode()).isEqualTo(200);
    }
}
