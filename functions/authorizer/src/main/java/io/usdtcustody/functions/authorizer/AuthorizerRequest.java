package io.usdtcustody.functions.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a REST API {@code REQUEST} authorizer event carries that the decision needs: the method ARN, the request's
 * headers (names folded to lower case, every value kept so that a credential sent twice can be refused), the
 * stage variables the deployment set, and API Gateway's request id.
 */
public record AuthorizerRequest(MethodArn methodArn, Map<String, List<String>> headers, Map<String, String> stageVariables,
                                String requestId) {
    public AuthorizerRequest {
        Objects.requireNonNull(methodArn, "methodArn");
        headers = Map.copyOf(headers);
        stageVariables = Map.copyOf(stageVariables);
        Objects.requireNonNull(requestId, "requestId");
    }

    /** Reads the event; one that is not a {@code REQUEST} authorizer event is an {@link IllegalArgumentException}. */
    public static AuthorizerRequest parse(JsonNode event) {
        if (event == null || !"REQUEST".equals(event.path("type").asText(null))) {
            throw new IllegalArgumentException("not a REQUEST authorizer event");
        }
        MethodArn arn = MethodArn.parse(event.path("methodArn").asText(null));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonNode multi = event.path("multiValueHeaders");
        if (multi.isObject() && !multi.isEmpty()) {
            multi.fields().forEachRemaining(field -> field.getValue().forEach(value -> add(headers, field.getKey(), value)));
        } else {
            event.path("headers").fields().forEachRemaining(field -> add(headers, field.getKey(), field.getValue()));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        event.path("stageVariables").fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                variables.put(field.getKey(), field.getValue().textValue());
            }
        });
        String requestId = event.path("requestContext").path("requestId").asText("");
        return new AuthorizerRequest(arn, headers, variables, requestId);
    }

    /** Every distinct value of a header (any case of its name), in arrival order. */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    private static void add(Map<String, List<String>> headers, String name, JsonNode value) {
        if (value.isTextual()) {
            List<String> values = headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>());
            if (!values.contains(value.textValue())) {
                values.add(value.textValue());
            }
        }
    }
}
