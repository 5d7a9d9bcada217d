package io.usdtcustody.functions.common.telemetry;

import io.usdtcustody.functions.common.JsonText;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes one log event as one line of JSON, with the field names of Powertools for AWS Lambda's JSON layout
 * ({@code timestamp}, {@code level}, {@code message}, {@code service}, {@code cold_start}, {@code function_*},
 * {@code correlation_id}, {@code xray_trace_id}, all from the MDC) so that CloudWatch Logs Insights queries
 * written for Powertools work unchanged; plus {@code logger} and, for a failure, {@code error} with its type,
 * message and the first {@value #MAX_FRAMES} stack frames. Messages are the caller's responsibility: the
 * platform's log statements carry ids and outcomes, never personal data.
 */
final class JsonLogWriter {
    static final int MAX_FRAMES = 30;
    static final int MAX_ERROR_MESSAGE = 1_000;

    private final Supplier<PrintStream> out;
    private final String defaultService;

    JsonLogWriter(Supplier<PrintStream> out, String defaultService) {
        this.out = Objects.requireNonNull(out, "out");
        this.defaultService = Objects.requireNonNull(defaultService, "defaultService");
    }

    /**
     * Lines to {@code System.out} as it is at each write: the Lambda runtime installs its own stream there (one
     * print, one CloudWatch event), and so do test runners.
     */
    static JsonLogWriter stdout(Map<String, String> environment) {
        String service = environment.getOrDefault("POWERTOOLS_SERVICE_NAME",
                environment.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "service_undefined"));
        return new JsonLogWriter(() -> System.out, service);
    }

    void write(Instant time, String level, String logger, String message, Map<String, String> context, Throwable error) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "timestamp", time.toString());
        line.append(',');
        field(line, "level", level);
        line.append(',');
        field(line, "message", message == null ? "" : message);
        line.append(',');
        field(line, "logger", logger);
        if (context == null || !context.containsKey("service")) {
            line.append(',');
            field(line, "service", defaultService);
        }
        if (context != null) {
            for (Map.Entry<String, String> entry : context.entrySet()) {
                line.append(',');
                field(line, entry.getKey(), entry.getValue());
            }
        }
        if (error != null) {
            line.append(",\"error\":{");
            field(line, "type", error.getClass().getName());
            String text = error.getMessage();
            if (text != null) {
                line.append(',');
                field(line, "message", text.length() > MAX_ERROR_MESSAGE ? text.substring(0, MAX_ERROR_MESSAGE) : text);
            }
            line.append(',');
            field(line, "stack", stack(error));
            line.append('}');
        }
        line.append("}\n");
        PrintStream stream = out.get();
        synchronized (stream) {
            stream.print(line);
            stream.flush();
        }
    }

    private static String stack(Throwable error) {
        StringBuilder stack = new StringBuilder();
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            stack.append("at ").append(frames[i]).append('\n');
        }
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            stack.append("caused by ").append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                String text = cause.getMessage();
                stack.append(": ").append(text.length() > MAX_ERROR_MESSAGE ? text.substring(0, MAX_ERROR_MESSAGE) : text);
            }
        }
        return stack.toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        JsonText.quote(line, name);
        line.append(':');
        if (value == null) {
            line.append("null");
        } else {
            JsonText.quote(line, value);
        }
    }
}
