package io.usdtcustody.localcloud.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An HTTP response the gateway sends: status, headers (each with all its values) and body bytes. */
public record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public GatewayResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status 100..599: " + status);
        }
        Objects.requireNonNull(headers, "headers");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** The same response with one more header value (replacing any values it had). */
    public GatewayResponse withHeader(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>();
        headers.forEach((key, values) -> {
            if (!key.equalsIgnoreCase(name)) {
                more.put(key, values);
            }
        });
        more.put(name, List.of(value));
        return new GatewayResponse(status, more, body);
    }
}
