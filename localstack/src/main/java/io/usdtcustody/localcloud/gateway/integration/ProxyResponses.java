package io.usdtcustody.localcloud.gateway.integration;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.usdtcustody.localcloud.gateway.GatewayResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a function's proxy response ({@code statusCode}, {@code headers}, {@code multiValueHeaders},
 * {@code body}, {@code isBase64Encoded}) back into HTTP. Like API Gateway, it accepts nothing else: a missing or
 * non-integer status, an unknown member or a body that is not a string makes the response malformed, which
 * the gateway answers with 502.
 */
public final class ProxyResponses {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> MEMBERS = Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
    /** Hop-by-hop and length headers are the gateway's to set. */
    static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding", "content-length",
            "upgrade", "proxy-connection", "te", "trailer");

    private ProxyResponses() {
    }

    /** The HTTP response a proxy response describes, or empty when it is malformed. */
    public static Optional<GatewayResponse> parse(byte[] payload) {
        JsonNode response;
        try {
            response = JSON.readTree(payload);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (response == null || !response.isObject() || !response.path("statusCode").isIntegralNumber()) {
            return Optional.empty();
        }
        for (Iterator<String> names = response.fieldNames(); names.hasNext(); ) {
            if (!MEMBERS.contains(names.next())) {
                return Optional.empty();
            }
        }
        int status = response.get("statusCode").intValue();
        JsonNode body = response.path("body");
        JsonNode base64 = response.path("isBase64Encoded");
        if (status < 100 || status > 599 || !(body.isMissingNode() || body.isNull() || body.isTextual())
                || !(base64.isMissingNode() || base64.isNull() || base64.isBoolean())) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (!copyHeaders(response.path("multiValueHeaders"), headers, true) || !copyHeaders(response.path("headers"), headers, false)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = !body.isTextual() ? new byte[0] : base64.asBoolean(false)
                    ? Base64.getDecoder().decode(body.textValue()) : body.textValue().getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new GatewayResponse(status, headers, bytes));
    }

    /** Multi-value headers first; a single-value header then adds to or sets its name, as API Gateway merges them. */
    private static boolean copyHeaders(JsonNode node, Map<String, List<String>> into, boolean multi) {
        if (node.isMissingNode() || node.isNull()) {
            return true;
        }
        if (!node.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (NOT_FORWARDED.contains(field.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<String> values = into.computeIfAbsent(field.getKey(), key -> new ArrayList<>());
            if (multi && field.getValue().isArray()) {
                field.getValue().forEach(value -> values.add(value.asText()));
            } else if (!multi && field.getValue().isValueNode() && !field.getValue().isNull()) {
                if (!values.contains(field.getValue().asText())) {
                    values.add(field.getValue().asText());
                }
            } else {
                return false;
            }
        }
        return true;
    }
}
