package io.usdtcustody.functions.common.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class FunctionTelemetryTest {
    private final InMemoryMetricsRecorder metrics = new InMemoryMetricsRecorder();
    private final FunctionTelemetry telemetry = new FunctionTelemetry("onboarding", metrics,
            Map.of("_X_AMZN_TRACE_ID", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"));

    @Test
    void invocation_shouldSetTheLogContextWhileItRuns_andClearItAfter() {
        Map<String, String> seen = telemetry.invocation(null, "corr-9", "GET /v1/x", MDC::getCopyOfContextMap);

        assertThat(seen).containsEntry("correlation_id", "corr-9").containsEntry("service", "onboarding")
                .containsEntry("xray_trace_id", "1-5759e988-bd862e3fe1be46a994272793").containsKey("cold_start");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void invocation_shouldFlushItsMetricsUnderTheRoute_evenWhenTheWorkFails() {
        assertThatThrownBy(() -> telemetry.invocation(null, "c", "POST /v1/x", () -> {
            metrics.count("ThingsCount");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(metrics.flushed()).contains(new InMemoryMetricsRecorder.Flushed("POST:/v1/x", "ThingsCount", 1),
                new InMemoryMetricsRecorder.Flushed("POST:/v1/x", "RequestCount", 1));
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void invocation_shouldStillAnswer_whenItsMetricsCannotBeFlushed() {
        MetricsRecorder broken = new MetricsRecorder() {
            @Override
            public void count(String name) {
            }

            @Override
            public void milliseconds(String name, long value) {
            }

            @Override
            public void flush(String route) {
                throw new IllegalArgumentException("no");
            }
        };

        assertThat(new FunctionTelemetry("s", broken, Map.of()).invocation(null, "c", "GET /v1/x", () -> "answer"))
                .isEqualTo("answer");
    }
}
