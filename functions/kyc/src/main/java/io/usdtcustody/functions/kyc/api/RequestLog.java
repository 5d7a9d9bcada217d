package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.function.Consumer;

/**
 * One structured JSON log line per request: route, status, error code, correlation id, and for an unexpected
 * failure its exception type and origin. Never a body, header value, name or document: what a request carries
 * is personal data, so nothing of it is logged.
 */
public final class RequestLog {
    private final Consumer<String> sink;

    /** Lines go to {@code sink} (standard output in Lambda, which CloudWatch collects). */
    public RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    void answered(String route, int status, String correlationId, long millis) {
        sink.accept(line("INFO", route, status, correlationId, millis).toString());
    }

    void failed(String route, int status, RuntimeException failure, String correlationId, long millis) {
        ObjectNode line = line(status >= 500 ? "ERROR" : "INFO", route, status, correlationId, millis);
        if (failure instanceof PlatformException platform) {
            line.put("code", platform.errorCode().code());
            if (platform.getCause() != null) {
                line.put("cause", platform.getCause().getClass().getName());
            }
        } else {
            line.put("code", "INTERNAL").put("exception", failure.getClass().getName());
            StackTraceElement[] trace = failure.getStackTrace();
            if (trace.length > 0) {
                line.put("at", trace[0].toString());
            }
        }
        sink.accept(line.toString());
    }

    private static ObjectNode line(String level, String route, int status, String correlationId, long millis) {
        ObjectNode line = JsonNodeFactory.instance.objectNode().put("level", level).put("service", "kyc")
                .put("route", route).put("status", status).put("latencyMillis", millis);
        if (correlationId != null) {
            line.put("correlationId", correlationId);
        }
        return line;
    }
}
