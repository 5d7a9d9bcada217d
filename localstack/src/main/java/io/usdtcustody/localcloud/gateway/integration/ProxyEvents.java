package io.usdtcustody.localcloud.gateway.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.localcloud.gateway.routing.RouteMatch;
import io.usdtcustody.model.catalogue.ApiSpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a request into an API Gateway REST API Lambda proxy event (the JSON behind
 * {@code APIGatewayProxyRequestEvent}): {@code resource}, {@code path}, {@code httpMethod}, single- and
 * multi-value headers and query parameters (single = last value, as API Gateway does), {@code pathParameters},
 * {@code requestContext} with request id, identity and the authorizer context, and the body, base64-encoded for
 * the API's binary media types.
 *
 * <p>The authorizer context is what a request authorizer returns: {@code principalId}, {@code tenantId} and
 * {@code authMethod} ({@code API_KEY} or {@code JWT}); a route without gateway auth has none. A client's own
 * {@code X-Tenant-Id} header is removed, {@code X-Correlation-Id} is the gateway's (the caller's when it was a
 * sane token), and the API key's value is never put into the event (its id is).
 */
public final class ProxyEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final ApiSpec api;
    private final String stage;

    public ProxyEvents(ApiSpec api, String stage) {
        this.api = api;
        this.stage = stage;
    }

    public byte[] toEvent(GatewayRequest request, RouteMatch.Found match, Caller caller) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", match.route().path());
        event.put("path", request.rawPath());
        event.put("httpMethod", request.method());
        ObjectNode headers = event.putObject("headers");
        ObjectNode multiHeaders = event.putObject("multiValueHeaders");
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(ApiSpec.TENANT_HEADER) && !name.equalsIgnoreCase(ApiSpec.CORRELATION_ID_HEADER)
                    && !values.isEmpty()) {
                headers.put(name, values.get(values.size() - 1));
                ArrayNode all = multiHeaders.putArray(name);
                values.forEach(all::add);
            }
        });
        headers.put(ApiSpec.CORRELATION_ID_HEADER, request.correlationId());
        multiHeaders.putArray(ApiSpec.CORRELATION_ID_HEADER).add(request.correlationId());
        Map<String, List<String>> query = query(request.rawQuery());
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode single = event.putObject("queryStringParameters");
            ObjectNode multi = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, values) -> {
                single.put(name, values.get(values.size() - 1));
                ArrayNode all = multi.putArray(name);
                values.forEach(all::add);
            });
        }
        if (match.pathParameters().isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            new java.util.TreeMap<>(match.pathParameters()).forEach(parameters::put);
        }
        event.putNull("stageVariables");
        requestContext(event.putObject("requestContext"), request, match, caller);
        body(event, request);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void requestContext(ObjectNode context, GatewayRequest request, RouteMatch.Found match, Caller caller) {
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("stage", stage);
        context.put("resourceId", Integer.toHexString(match.route().path().hashCode()));
        context.put("resourcePath", match.route().path());
        context.put("httpMethod", request.method());
        context.put("path", "/" + stage + request.rawPath());
        context.put("protocol", "HTTP/1.1");
        context.put("requestId", request.requestId());
        context.put("extendedRequestId", request.requestId());
        context.put("requestTime", REQUEST_TIME.format(request.receivedAt()));
        context.put("requestTimeEpoch", request.receivedAt().toEpochMilli());
        ObjectNode identity = context.putObject("identity");
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.header("User-Agent").orElse(null));
        identity.putNull("apiKey");
        identity.put("apiKeyId", caller.partnerKey().map(key -> key.keyId()).orElse(null));
        identity.putNull("cognitoIdentityId");
        identity.putNull("user");
        if (caller.method() != Caller.Method.NONE) {
            ObjectNode authorizer = context.putObject("authorizer");
            authorizer.put("principalId", caller.principalId());
            authorizer.put("tenantId", caller.tenant().orElseThrow().value());
            authorizer.put("authMethod", caller.method().name());
        }
    }

    private void body(ObjectNode event, GatewayRequest request) {
        if (request.body().length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
        } else if (api.binaryMediaTypes().contains(request.mediaType())) {
            event.put("body", Base64.getEncoder().encodeToString(request.body()));
            event.put("isBase64Encoded", true);
        } else {
            event.put("body", new String(request.body(), StandardCharsets.UTF_8));
            event.put("isBase64Encoded", false);
        }
    }

    /** Query parameters in order of first appearance, each with all its values, percent-decoded. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
