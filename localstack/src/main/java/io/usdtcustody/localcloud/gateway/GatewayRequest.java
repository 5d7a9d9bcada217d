package io.usdtcustody.localcloud.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One HTTP request as the gateway received it: ids it assigned, method, raw (still encoded) path and query,
 * headers in arrival order with every value, the body bytes, the client address and the arrival time.
 */
public record GatewayRequest(String requestId, String correlationId, String method, String rawPath, String rawQuery,
                             Map<String, List<String>> headers, byte[] body, String sourceIp, Instant receivedAt) {
    public GatewayRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        headers = headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()),
                (a, b) -> a, java.util.LinkedHashMap::new));
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The first value of a header, matched case-insensitively as HTTP header names are. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
    }

    /** The media type of the body, lower case without parameters ({@code application/json}), or empty. */
    public String mediaType() {
        return header("Content-Type").map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).orElse("");
    }
}
