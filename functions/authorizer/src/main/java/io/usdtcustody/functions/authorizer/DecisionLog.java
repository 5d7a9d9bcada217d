package io.usdtcustody.functions.authorizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.catalogue.ApiSpec;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One structured JSON log line per decision: outcome, reason code, auth method, tenant and principal (a Cognito
 * {@code sub} or a key fingerprint), API, stage, request and correlation ids. Never a key, a token or a claim
 * beyond those; a caller's correlation id is echoed only when it is a short plain token.
 */
public final class DecisionLog {
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private DecisionLog() {
    }

    public static String line(Decision decision, AuthorizerRequest request, ObjectMapper json) {
        ObjectNode line = json.createObjectNode()
                .put("level", decision instanceof Decision.Fault ? "ERROR" : "INFO")
                .put("message", "authorizer decision")
                .put("decision", decision.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT))
                .put("reason", decision.reason());
        if (decision instanceof Decision.Allow allow) {
            line.put("authMethod", allow.method().name())
                    .put("tenantId", allow.tenant().value())
                    .put("principalId", allow.principalId());
        }
        line.put("apiId", request.methodArn().apiId())
                .put("stage", request.methodArn().stage())
                .put("requestId", request.requestId())
                .put("correlationId", correlationId(request));
        return line.toString();
    }

    private static String correlationId(AuthorizerRequest request) {
        List<String> values = request.header(ApiSpec.CORRELATION_ID_HEADER);
        return values.size() == 1 && SANE_ID.matcher(values.get(0)).matches() ? values.get(0) : request.requestId();
    }
}
