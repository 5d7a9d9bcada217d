package io.usdtcustody.functions.authorizer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import java.util.Map;

/** REST API {@code REQUEST} authorizer events as API Gateway sends them, for the partner and the mobile stage. */
public final class AuthorizerEvents {
    public static final String METHOD_ARN = "arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/dev/POST/v1/customers";
    public static final String STAGE_METHODS = "arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/dev/*/*";

    private AuthorizerEvents() {
    }

    public static Map<String, String> partnerStage() {
        return Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, "API_KEY");
    }

    public static Map<String, String> mobileStage() {
        return Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, "JWT",
                AuthorizerContract.JWT_ISSUER_VARIABLE, TestIssuer.ISSUER,
                AuthorizerContract.JWT_AUDIENCE_VARIABLE, TestIssuer.CLIENT);
    }

    /** An event with single-valued headers (and the same values as multi-value headers, as API Gateway sends). */
    public static ObjectNode event(Map<String, String> stageVariables, Map<String, String> headers) {
        ObjectNode event = TestIssuer.JSON.createObjectNode()
                .put("type", "REQUEST").put("methodArn", METHOD_ARN).put("resource", "/v1/customers")
                .put("path", "/v1/customers").put("httpMethod", "POST");
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.forEach((name, value) -> {
            single.put(name, value);
            multi.putArray(name).add(value);
        });
        ObjectNode stage = event.putObject("stageVariables");
        stageVariables.forEach(stage::put);
        event.putObject("requestContext").put("requestId", "req-1").put("stage", "dev").put("apiId", "a1b2c3d4e5")
                .putObject("identity").put("sourceIp", "203.0.113.9");
        return event;
    }

    public static AuthorizerRequest request(Map<String, String> stageVariables, Map<String, String> headers) {
        return AuthorizerRequest.parse(event(stageVariables, headers));
    }
}
