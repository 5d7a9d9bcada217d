package io.usdtcustody.functions.authorizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.catalogue.AuthorizerContract;

/**
 * The authorizer's answer to API Gateway: a principal, an IAM policy on {@code execute-api:Invoke} over the
 * stage's methods ({@link MethodArn#stageMethods()}, because API Gateway caches the policy per credential, not per
 * method), and for an allow the context functions and services receive: {@code tenantId}, {@code principalId},
 * {@code authMethod}. A deny carries no context.
 */
public final class PolicyResponse {
    static final String DENIED_PRINCIPAL = "denied";

    private PolicyResponse() {
    }

    public static ObjectNode of(Decision decision, MethodArn methodArn, ObjectMapper json) {
        ObjectNode response = json.createObjectNode();
        String effect;
        if (decision instanceof Decision.Allow allow) {
            effect = "Allow";
            response.put("principalId", allow.principalId());
            response.putObject("context")
                    .put(AuthorizerContract.TENANT_ID, allow.tenant().value())
                    .put(AuthorizerContract.PRINCIPAL_ID, allow.principalId())
                    .put(AuthorizerContract.AUTH_METHOD, allow.method().name());
        } else if (decision instanceof Decision.Deny) {
            effect = "Deny";
            response.put("principalId", DENIED_PRINCIPAL);
        } else {
            throw new IllegalArgumentException("only an allow or a deny is a policy");
        }
        ObjectNode policy = response.putObject("policyDocument").put("Version", "2012-10-17");
        policy.putArray("Statement").addObject()
                .put("Action", "execute-api:Invoke")
                .put("Effect", effect)
                .put("Resource", methodArn.stageMethods());
        return response;
    }
}
