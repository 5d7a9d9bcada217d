package io.usdtcustody.functions.common.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogWriterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final JsonLogWriter writer = new JsonLogWriter(() -> stream, "onboarding");

    private JsonNode line() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").containsOnlyOnce("\n");
        return new JsonCodec().readTree(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void write_shouldBeOneJsonLine_withPowertoolsFieldNamesAndTheContext() {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("correlation_id", "corr-1");
        context.put("cold_start", "true");

        writer.write(Instant.parse("2026-11-25T10:00:00Z"), "INFO", "a.B", "quote \" back\\slash\nnewline \u0001", context, null);

        JsonNode line = line();
        assertThat(line.path("timestamp").asText()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("message").asText()).isEqualTo("quote \" back\\slash\nnewline \u0001");
        assertThat(line.path("service").asText()).isEqualTo("onboarding");
        assertThat(line.path("correlation_id").asText()).isEqualTo("corr-1");
        assertThat(line.path("logger").asText()).isEqualTo("a.B");
    }

    @Test
    void write_shouldDescribeAFailure_withTypeMessageAndFrames() {
        writer.write(Instant.EPOCH, "ERROR", "a.B", "failed", Map.of("service", "kyc"),
                new IllegalStateException("broken", new RuntimeException("cause")));

        JsonNode line = line();
        assertThat(line.path("service").asText()).isEqualTo("kyc");
        assertThat(line.path("error").path("type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(line.path("error").path("message").asText()).isEqualTo("broken");
        assertThat(line.path("error").path("stack").asText()).contains("at io.usdtcustody", "caused by java.lang.RuntimeException: cause");
    }
}
