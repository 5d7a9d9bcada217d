package io.usdtcustody.localcloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * HTTP in, API Gateway proxy event into a runtime JVM (the official runtime interface client, started on the
 * first call), proxy response out; and every way that can go wrong answered as API Gateway would, in
 * problem+json: no route, wrong method, missing Idempotency-Key, oversized body, a handler that throws, hangs,
 * crashes or answers nonsense.
 */
class GatewayFunctionsIT extends GatewayFixture {

    @Test
    void function_shouldGetTheProxyEvent_inALambdaLikeRuntime_andItsResponseShouldComeBack() {
        HttpResponse<String> response = send("POST", "/v1/echo/c%201?x=1&x=2", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "x-api-key", acmeKey, "Content-Type", "application/json", "Idempotency-Key", "k-1",
                "X-Correlation-Id", "corr-7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Handler")).contains("echo");
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains("corr-7");
        JsonNode seen = json(response);
        assertThat(seen.path("resource").asText()).isEqualTo("/v1/echo/{item}");
        assertThat(seen.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(seen.path("pathParameters").path("item").asText()).isEqualTo("c 1");
        assertThat(seen.path("queryStringParameters").path("x").asText()).isEqualTo("2");
        assertThat(seen.path("body").asText()).isEqualTo("{\"a\":1}");
        assertThat(seen.path("idempotencyKey").asText()).isEqualTo("k-1");
        assertThat(seen.path("correlationId").asText()).isEqualTo("corr-7");
        assertThat(seen.path("requestId").asText()).isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
        assertThat(seen.path("functionName").asText()).isEqualTo("t-gw-echo");
        assertThat(seen.path("memoryLimitInMB").asInt()).isEqualTo(256);
        assertThat(seen.path("remainingTimeInMillis").asLong()).isBetween(1L, 5_000L);
        assertThat(seen.path("env").path("RESOURCE_PREFIX").asText()).isEqualTo("t-gw-");
        assertThat(seen.path("env").path("_HANDLER").asText()).endsWith("EchoHandler::handleRequest");
        assertThat(seen.path("env").path("AWS_ENDPOINT_URL_DYNAMODB").asText()).isEqualTo("http://127.0.0.1:8000");
        assertThat(seen.path("jvmArguments").toString()).contains("-XX:TieredStopAtLevel=1", "-XX:MaxHeapSize=217m");
    }

    @Test
    void correlationId_shouldBeGenerated_whenTheClientSendsNoneOrANonsenseOne() {
        HttpResponse<String> response = get("/v1/echo/x", "x-api-key", acmeKey, "X-Correlation-Id", "bad id\twith spaces");

        String generated = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(generated).isNotEqualTo("bad id\twith spaces").matches("[0-9a-f-]{36}");
        assertThat(json(response).path("correlationId").asText()).isEqualTo(generated);
    }

    @Test
    void publicWebhook_shouldReachTheFunctionWithoutAuthorizer_andWithoutAClientTenantHeader() {
        HttpResponse<String> response = send("POST", "/v1/hooks/sandbox", "{}".getBytes(StandardCharsets.UTF_8),
                "X-Tenant-Id", "acme", "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("authorizer").isNull()).isTrue();
        assertThat(json(response).path("tenantHeader").isNull()).isTrue();
    }

    @Test
    void gatewayErrors_shouldBeProblemJson_404_405_400_413() {
        HttpResponse<String> noRoute = get("/v1/nowhere", "x-api-key", acmeKey);
        HttpResponse<String> wrongMethod = send("DELETE", "/v1/echo/x", null, "x-api-key", acmeKey);
        HttpResponse<String> noKey = send("POST", "/v1/echo/x", "{}".getBytes(StandardCharsets.UTF_8), "x-api-key", acmeKey);
        HttpResponse<String> tooLarge = send("POST", "/v1/echo/x", new byte[64 * 1024 + 1], "x-api-key", acmeKey,
                "Idempotency-Key", "k-2");

        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(json(noRoute).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(json(noKey).path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        for (HttpResponse<String> problem : new HttpResponse[] {noRoute, wrongMethod, noKey, tooLarge}) {
            assertThat(problem.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json(problem).path("instance").asText()).startsWith("urn:uuid:");
        }
    }

    @Test
    void throwingHandler_shouldGive502WithoutItsMessage_andKeepItsWarmRuntime() {
        String before = get("/v1/raw/pid", "x-api-key", acmeKey).body();

        HttpResponse<String> failed = get("/v1/raw/boom", "x-api-key", acmeKey);

        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(json(failed).path("code").asText()).isEqualTo("BAD_GATEWAY");
        assertThat(failed.body()).doesNotContain("secret-internal-detail").doesNotContain("4111").doesNotContain("IllegalState");
        assertThat(get("/v1/raw/pid", "x-api-key", acmeKey).body()).isEqualTo(before);
    }

    @Test
    void hangingHandler_shouldGive504_andTheNextCallShouldStartAFreshRuntime() {
        String before = get("/v1/raw/pid", "x-api-key", acmeKey).body();

        HttpResponse<String> timedOut = get("/v1/raw/sleep", "x-api-key", acmeKey);

        assertThat(timedOut.statusCode()).isEqualTo(504);
        assertThat(json(timedOut).path("code").asText()).isEqualTo("GATEWAY_TIMEOUT");
        HttpResponse<String> after = get("/v1/raw/pid", "x-api-key", acmeKey);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isNotEqualTo(before);
    }

    @Test
    void crashingOrMalformedHandlers_shouldGive502_andTheFunctionShouldRecover() {
        HttpResponse<String> malformed = get("/v1/raw/malformed", "x-api-key", acmeKey);
        HttpResponse<String> crashed = get("/v1/raw/exit", "x-api-key", acmeKey);

        assertThat(malformed.statusCode()).isEqualTo(502);
        assertThat(json(malformed).path("detail").asText()).contains("malformed");
        assertThat(crashed.statusCode()).isEqualTo(502);
        assertThat(get("/v1/raw/pid", "x-api-key", acmeKey).statusCode()).isEqualTo(200);
    }

    @Test
    void health_shouldAnswerWithoutCredentials() {
        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }
}
