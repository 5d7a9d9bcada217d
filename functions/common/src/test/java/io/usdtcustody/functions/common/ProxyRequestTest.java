package io.usdtcustody.functions.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.usdtcustody.functions.common.idempotency.IdempotentRequest;
import io.usdtcustody.functions.common.idempotency.PayloadHash;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyRequestTest {

    private static APIGatewayProxyRequestEvent event(Map<String, Object> authorizer, Map<String, String> headers) {
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("req-1");
        context.setAuthorizer(authorizer);
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withResource("/v1/customers")
                .withPath("/v1/customers").withHeaders(headers).withRequestContext(context);
    }

    @Test
    void tenant_shouldComeFromTheAuthorizerOnly_neverFromAHeader() {
        var request = ProxyRequest.of(event(Map.of("tenantId", "acme"), Map.of("X-Tenant-Id", "beta")));

        assertThat(request.tenant()).isEqualTo(TenantId.of("acme"));
    }

    @Test
    void tenant_shouldBeUnauthenticated_whenTheAuthorizerGaveNoneOrAnInvalidOne() {
        for (Map<String, Object> authorizer : new Map[] {null, Map.of(), Map.of("tenantId", "Not A Tenant")}) {
            var request = ProxyRequest.of(event(authorizer, Map.of("X-Tenant-Id", "acme")));

            assertThatThrownBy(request::tenant).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        }
    }

    @Test
    void correlationId_shouldBeTheCallersSaneId_elseTheRequestId() {
        assertThat(ProxyRequest.of(event(Map.of(), Map.of("x-correlation-id", "corr-7"))).correlationId())
                .isEqualTo("corr-7");
        assertThat(ProxyRequest.of(event(Map.of(), Map.of("X-Correlation-Id", "bad id\n"))).correlationId())
                .isEqualTo("req-1");
    }

    @Test
    void body_shouldBeDecoded_whenTheGatewayBase64EncodedIt() {
        var event = event(Map.of(), Map.of()).withBody(Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8)))
                .withIsBase64Encoded(true);

        assertThat(ProxyRequest.of(event).body()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void idempotent_shouldKeyByTenantRouteAndHeader_andHashThePathAndBody() {
        Map<String, String> headers = new HashMap<>();
        headers.put("idempotency-key", "k-1");
        var request = ProxyRequest.of(event(Map.of("tenantId", "acme"), headers));

        IdempotentRequest idempotent = request.idempotent(null, null);

        assertThat(idempotent.key().id()).isEqualTo("TENANT#acme#POST /v1/customers#k-1");
        assertThat(idempotent.payloadHash()).isEqualTo(PayloadHash.of("/v1/customers", null));
        assertThat(idempotent.lockFor()).isEqualTo(ProxyRequest.DEFAULT_LOCK);
    }

    @Test
    void idempotent_shouldBeAValidationFailureNamingTheHeader_whenTheKeyIsMissingOrUnusable() {
        for (Map<String, String> headers : new Map[] {Map.of(), Map.of("Idempotency-Key", "has space")}) {
            var request = ProxyRequest.of(event(Map.of("tenantId", "acme"), headers));

            assertThatThrownBy(() -> request.idempotent(null, null)).isInstanceOfSatisfying(PlatformException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("Idempotency-Key");
            });
        }
    }
}
