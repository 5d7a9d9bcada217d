package io.usdtcustody.functions.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResponsesTest {
    private final ApiResponses responses = new ApiResponses(new JsonCodec());

    @Test
    void problem_shouldBeProblemJsonWithStableCode_whenPlatformExceptionIsThrown() {
        var response = responses.problem(new PlatformException(ErrorCode.INSUFFICIENT_FUNDS, "balance too low"),
                "/v1/withdrawals", "corr-1");

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json")
                .containsEntry(ApiResponses.CORRELATION_HEADER, "corr-1");
        assertThat(response.getBody()).contains("\"code\":\"INSUFFICIENT_FUNDS\"", "\"status\":422",
                "\"instance\":\"/v1/withdrawals\"");
    }

    @Test
    void problem_shouldHideInternalMessages_whenAnUnexpectedExceptionIsThrown() {
        var response = responses.problem(new IllegalStateException("table usdt-ledger: secret detail"), "/v1/x", null);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).doesNotContain("secret detail", "usdt-ledger", "IllegalStateException");
    }

    @Test
    void json_shouldWriteBodyAsJson_withAmountsAsStrings() {
        var response = responses.json(201, Map.of("amount", new java.math.BigDecimal("10.5")), null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        assertThat(response.getBody()).isEqualTo("{\"amount\":\"10.5\"}");
    }

    @Test
    void from_shouldRepeatTheStoredResponse_andMarkAReplay() {
        var stored = responses.stored(201, Map.of("id", "c1"), Map.of("Location", "/v1/customers/c1"));

        var first = responses.from(new io.usdtcustody.functions.common.idempotency.Idempotency.Result(stored, false), "corr-1");
        var replay = responses.from(new io.usdtcustody.functions.common.idempotency.Idempotency.Result(stored, true), "corr-2");

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getHeaders()).containsEntry("Location", "/v1/customers/c1")
                .containsEntry("Content-Type", "application/json").doesNotContainKey(ApiResponses.REPLAYED_HEADER);
        assertThat(replay.getBody()).isEqualTo(first.getBody()).isEqualTo("{\"id\":\"c1\"}");
        assertThat(replay.getHeaders()).containsEntry(ApiResponses.REPLAYED_HEADER, "true")
                .containsEntry(ApiResponses.CORRELATION_HEADER, "corr-2");
    }
}
