package io.usdtcustody.functions.common.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What every invocation of a function gets around it: the log context (service, the Lambda context's
 * {@code function_*} fields, {@code cold_start}, {@code correlation_id}, {@code xray_trace_id}, under Powertools'
 * names) for every line logged while it runs, and its metrics flushed at the end under the route (as
 * {@code METHOD:/path/{template}}), whatever happened; a flush that fails is logged, never the request's failure.
 */
public final class FunctionTelemetry {
    private static final Logger LOG = LoggerFactory.getLogger(FunctionTelemetry.class);
    private static final AtomicBoolean COLD = new AtomicBoolean(true);

    private final String service;
    private final MetricsRecorder metrics;
    private final Map<String, String> environment;

    public FunctionTelemetry(String service, MetricsRecorder metrics, Map<String, String> environment) {
        this.service = Objects.requireNonNull(service, "service");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.environment = Map.copyOf(environment);
    }

    public MetricsRecorder metrics() {
        return metrics;
    }

    /** Runs one invocation's {@code work} with its log context set and its metrics flushed under {@code route}. */
    public <T> T invocation(Context context, String correlationId, String route, Supplier<T> work) {
        boolean coldStart = COLD.getAndSet(false);
        MDC.put("service", service);
        MDC.put("cold_start", Boolean.toString(coldStart));
        MDC.put("correlation_id", correlationId);
        if (context != null) {
            putIfPresent("function_name", context.getFunctionName());
            putIfPresent("function_version", context.getFunctionVersion());
            putIfPresent("function_arn", context.getInvokedFunctionArn());
            putIfPresent("function_request_id", context.getAwsRequestId());
            MDC.put("function_memory_size", Integer.toString(context.getMemoryLimitInMB()));
        }
        putIfPresent("xray_trace_id", traceId());
        try {
            if (coldStart) {
                metrics.count("ColdStartCount");
            }
            return work.get();
        } finally {
            try {
                metrics.flush(dimension(route));
            } catch (RuntimeException e) {
                // a metric that cannot be published must not turn an answered request into a failed one
                LOG.warn("metrics of {} could not be flushed", route, e);
            } finally {
                MDC.clear();
            }
        }
    }

    /** {@code POST /v1/customers} → {@code POST:/v1/customers}: EMF dimension values may not contain white space. */
    static String dimension(String route) {
        return route.strip().replace(' ', ':');
    }

    /** The X-Ray trace id ({@code Root=…}) of this invocation, which Lambda passes by property or environment. */
    private String traceId() {
        String header = System.getProperty("com.amazonaws.xray.traceHeader", environment.get("_X_AMZN_TRACE_ID"));
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return null;
    }

    private static void putIfPresent(String key, String value) {
        if (value != null && !value.isBlank()) {
            MDC.put(key, value);
        }
    }
}
