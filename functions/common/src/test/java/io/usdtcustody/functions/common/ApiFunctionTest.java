package io.usdtcustody.functions.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.functions.common.telemetry.FunctionTelemetry;
import io.usdtcustody.functions.common.telemetry.InMemoryMetricsRecorder;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFunctionTest {
    private final InMemoryMetricsRecorder metrics = new InMemoryMetricsRecorder();
    private final FunctionTelemetry telemetry = new FunctionTelemetry("test", metrics, Map.of());

    @Test
    void handle_shouldAnswerWithTheRoutes_whenTheyAnswer() {
        APIGatewayProxyResponseEvent answer = new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("{}");
        ApiFunction function = function((request, event, context) -> answer);

        assertThat(function.handle(event(), null)).isSameAs(answer);
        assertThat(metrics.total("ClientErrorsCount") + metrics.total("ServerErrorsCount")).isZero();
    }

    @Test
    void handle_shouldAnswerProblemJsonAndCountAClientError_whenTheRoutesRefuse() {
        ApiFunction function = function((request, event, context) -> {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no such customer");
        });

        APIGatewayProxyResponseEvent problem = function.handle(event(), null);

        assertThat(problem.getStatusCode()).isEqualTo(404);
        assertThat(problem.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(problem.getBody()).contains("\"code\":\"NOT_FOUND\"");
        assertThat(metrics.total("ClientErrorsCount")).isEqualTo(1);
    }

    @Test
    void handle_shouldAnswerABare500WithoutTheMessage_whenTheRoutesFail() {
        ApiFunction function = function((request, event, context) -> {
            throw new IllegalStateException("card 4111111111111111 leaked");
        });

        APIGatewayProxyResponseEvent problem = function.handle(event(), null);

        assertThat(problem.getStatusCode()).isEqualTo(500);
        assertThat(problem.getBody()).doesNotContain("4111").doesNotContain("leaked");
        assertThat(metrics.total("ServerErrorsCount")).isEqualTo(1);
    }

    @Test
    void handle_shouldReadTheProxyEventAndWriteTheResponse_whenGivenLambdasStreams() throws IOException {
        String event = """
                {"resource":"/v1/customers/{customerId}","path":"/v1/customers/c-1","httpMethod":"GET",
                 "headers":{"X-Correlation-Id":"corr-1"},"multiValueHeaders":{"X-Correlation-Id":["corr-1"]},
                 "queryStringParameters":null,"multiValueQueryStringParameters":null,
                 "pathParameters":{"customerId":"c-1"},"stageVariables":{"authMethod":"API_KEY"},
                 "requestContext":{"resourceId":"r1","resourcePath":"/v1/customers/{customerId}","httpMethod":"GET",
                   "requestTimeEpoch":1764057600000,"protocol":"HTTP/1.1","stage":"live","apiId":"a1",
                   "identity":{"sourceIp":"203.0.113.9","userAgent":"curl"},
                   "authorizer":{"tenantId":"acme","principalId":"key-0011","authMethod":"API_KEY"}},
                 "body":null,"isBase64Encoded":false}
                """;
        ApiFunction function = function((request, proxy, context) -> new APIGatewayProxyResponseEvent()
                .withStatusCode(200).withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"tenant\":\"" + proxy.getRequestContext().getAuthorizer().get("tenantId") + "\",\"id\":\""
                        + proxy.getPathParameters().get("customerId") + "\"}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        function.handle(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);

        JsonNode response = new ObjectMapper().readTree(out.toByteArray());
        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("application/json");
        assertThat(response.get("body").asText()).isEqualTo("{\"tenant\":\"acme\",\"id\":\"c-1\"}");
        assertThat(response.has("multiValueHeaders")).isFalse();
    }

    private ApiFunction function(ApiFunction.Routes routes) {
        return new ApiFunction(ApiFunctionTest.class, telemetry, new JsonCodec(), routes, () -> { });
    }

    private static APIGatewayProxyRequestEvent event() {
        return new APIGatewayProxyRequestEvent().withHttpMethod("GET").withResource("/v1/customers/{customerId}")
                .withPath("/v1/customers/c-1").withHeaders(Map.of());
    }
}
