package io.usdtcustody.functions.onboarding;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway proxy events as the gateway sends them to the onboarding function: the route template and its
 * path parameters, headers, and the authorizer context with the caller's tenant (a partner key or a JWT).
 */
public final class ProxyEvents {
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    private final String tenant;
    private final String principal;
    private final String authMethod;

    private ProxyEvents(String tenant, String principal, String authMethod) {
        this.tenant = tenant;
        this.principal = principal;
        this.authMethod = authMethod;
    }

    public static ProxyEvents partner(String tenant) {
        return new ProxyEvents(tenant, tenant + "-key", "API_KEY");
    }

    public static ProxyEvents customer(String tenant, String subject) {
        return new ProxyEvents(tenant, subject, "JWT");
    }

    /** A request to {@code resource} (a template such as {@code /v1/customers/{customerId}}) with parameter values. */
    public APIGatewayProxyRequestEvent request(String method, String resource, String body, String... headerPairs) {
        return request(method, resource, Map.of(), body, headerPairs);
    }

    public APIGatewayProxyRequestEvent request(String method, String resource, Map<String, String> parameters,
                                               String body, String... headerPairs) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        Matcher matcher = PARAMETER.matcher(resource);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(parameters.get(matcher.group(1))));
        }
        matcher.appendTail(path);
        var context = new APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("req-" + System.nanoTime())
                .withResourcePath(resource).withHttpMethod(method);
        Map<String, Object> authorizer = new HashMap<>();
        authorizer.put("principalId", principal);
        authorizer.put("tenantId", tenant);
        authorizer.put("authMethod", authMethod);
        context.setAuthorizer(authorizer);
        return new APIGatewayProxyRequestEvent().withHttpMethod(method).withResource(resource).withPath(path.toString())
                .withPathParameters(parameters.isEmpty() ? null : parameters).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).withRequestContext(context);
    }
}
