package io.usdtcustody.localcloud.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.localcloud.gateway.auth.PartnerKey;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers a service gets: the caller headers only ever from the authenticated caller, never the client's. */
class ServiceProxyTest {
    private static final TenantId DEMO = TenantId.of("demo");

    private static GatewayRequest request(Map<String, List<String>> headers) {
        return new GatewayRequest("req-1", "corr-1", "POST", "/v1/withdrawals", "", headers,
                "{}".getBytes(StandardCharsets.UTF_8), "10.0.0.7", Instant.parse("2030-03-01T10:15:30Z"));
    }

    private static Map<String, List<String>> forged() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("x-caller-principal-id", List.of("bob"));
        headers.put("X-CALLER-AUTH-METHOD", List.of("API_KEY"));
        headers.put("X-Tenant-Id", List.of("other"));
        headers.put("X-Forwarded-For", List.of("1.2.3.4"));
        return headers;
    }

    @Test
    void forwardedHeaders_shouldReplaceTheClientsCallerHeaders_whenAMobileCustomerSendsThem() {
        Map<String, List<String>> headers = ServiceProxy.forwardedHeaders(request(forged()), Caller.mobile(DEMO, "alice"));

        assertThat(headers).containsEntry("X-Tenant-Id", List.of("demo"))
                .containsEntry("X-Caller-Auth-Method", List.of("JWT"))
                .containsEntry("X-Caller-Principal-Id", List.of("alice"))
                .containsEntry("X-Forwarded-For", List.of("10.0.0.7"))
                .containsEntry("X-Correlation-Id", List.of("corr-1"))
                .containsEntry("Content-Type", List.of("application/json"))
                .doesNotContainKeys("x-caller-principal-id", "X-CALLER-AUTH-METHOD");
        assertThat(headers.values()).noneMatch(values -> values.contains("bob") || values.contains("other"));
    }

    @Test
    void forwardedHeaders_shouldNameThePartnerAndItsKey_whenAPartnerCalls() {
        Caller partner = Caller.partner(new PartnerKey("key-1", DEMO, "partner-standard"));

        Map<String, List<String>> headers = ServiceProxy.forwardedHeaders(request(forged()), partner);

        assertThat(headers).containsEntry("X-Tenant-Id", List.of("demo"))
                .containsEntry("X-Caller-Auth-Method", List.of("API_KEY"))
                .containsEntry("X-Caller-Principal-Id", List.of("key-1"))
                .doesNotContainKeys("x-caller-principal-id", "X-CALLER-AUTH-METHOD");
    }

    @Test
    void forwardedHeaders_shouldDropEveryCallerHeader_whenTheCallerIsAnonymous() {
        Map<String, List<String>> headers = ServiceProxy.forwardedHeaders(request(forged()), Caller.anonymous());

        assertThat(headers.keySet()).map(String::toLowerCase)
                .doesNotContain("x-tenant-id", "x-caller-auth-method", "x-caller-principal-id")
                .contains("content-type", "x-correlation-id");
    }
}
