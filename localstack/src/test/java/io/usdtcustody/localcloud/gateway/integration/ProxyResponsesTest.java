package io.usdtcustody.localcloud.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.gateway.GatewayResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyResponsesTest {

    @Test
    void parse_shouldReadStatusHeadersAndBody_mergingSingleIntoMultiValueHeaders() {
        GatewayResponse response = parse("{\"statusCode\":201,\"headers\":{\"Content-Type\":\"application/json\",\"X-A\":\"2\"},"
                + "\"multiValueHeaders\":{\"X-A\":[\"1\",\"2\"],\"Set-Cookie\":[\"a=1\",\"b=2\"]},\"body\":\"{}\","
                + "\"isBase64Encoded\":false}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().get("X-A")).containsExactly("1", "2");
        assertThat(response.headers().get("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(response.headers().get("Content-Type")).containsExactly("application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void parse_shouldDecodeBase64Bodies_andAcceptAStatusAlone() {
        assertThat(parse("{\"statusCode\":200,\"body\":\"aGk=\",\"isBase64Encoded\":true}").body())
                .isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
        assertThat(parse("{\"statusCode\":204}").body()).isEmpty();
    }

    @Test
    void parse_shouldLeaveHopByHopHeadersToTheGateway() {
        assertThat(parse("{\"statusCode\":200,\"headers\":{\"Transfer-Encoding\":\"chunked\",\"Content-Length\":\"9\"}}")
                .headers()).isEmpty();
    }

    @Test
    void parse_shouldRefuse_responsesApiGatewayCallsMalformed() {
        for (String malformed : List.of("not json", "[]", "{}", "{\"statusCode\":\"200\"}", "{\"statusCode\":99}",
                "{\"statusCode\":200,\"extra\":1}", "{\"statusCode\":200,\"body\":{\"a\":1}}",
                "{\"statusCode\":200,\"headers\":[]}", "{\"statusCode\":200,\"headers\":{\"a\":{}}}",
                "{\"statusCode\":200,\"body\":\"%%\",\"isBase64Encoded\":true}", "{\"statusCode\":200,\"isBase64Encoded\":\"yes\"}",
                "{\"statusCode\":200,\"statusCode\":201}")) {
            assertThat(ProxyResponses.parse(malformed.getBytes(StandardCharsets.UTF_8))).as(malformed).isEmpty();
        }
    }

    private static GatewayResponse parse(String json) {
        return ProxyResponses.parse(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
