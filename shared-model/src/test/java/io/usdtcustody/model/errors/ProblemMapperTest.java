package io.usdtcustody.model.errors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private static final JsonCodec CODEC = new JsonCodec();
    private static final ProblemMapper MAPPER = new ProblemMapper(CODEC);
    private static final URI INSTANCE = URI.create("/v1/withdrawals/req-42");

    @Test
    void toJson_shouldWriteRfc9457Members_forErrorCode() {
        Problem problem = MAPPER.toProblem(ErrorCode.INSUFFICIENT_FUNDS, "The available USDT balance is too low.",
                INSTANCE);

        JsonNode json = CODEC.readTree(MAPPER.toJson(problem));

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("type", "title", "status", "detail", "instance", "code");
        assertThat(json.get("type").textValue()).isEqualTo("https://errors.usdtcustody.io/insufficient-funds");
        assertThat(json.get("title").textValue()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS.title());
        assertThat(json.get("status").isInt()).isTrue();
        assertThat(json.get("status").intValue()).isEqualTo(422);
        assertThat(json.get("detail").textValue()).isEqualTo("The available USDT balance is too low.");
        assertThat(json.get("instance").textValue()).isEqualTo("/v1/withdrawals/req-42");
        assertThat(json.get("code").textValue()).isEqualTo("INSUFFICIENT_FUNDS");
    }

    @Test
    void toJson_shouldListFieldErrors_forValidationFailure() {
        PlatformException failure = PlatformException.validation("The request has invalid fields.",
                List.of(new FieldError("amount", "must be a decimal string with at most 6 decimals"),
                        new FieldError("destination.address", "is not a TRON address")));

        JsonNode json = CODEC.readTree(MAPPER.toJson(failure, null));

        assertThat(json.get("status").intValue()).isEqualTo(400);
        assertThat(json.get("code").textValue()).isEqualTo("VALIDATION_FAILED");
        assertThat(json.has("instance")).isFalse();
        assertThat(json.get("errors")).hasSize(2);
        assertThat(json.get("errors").get(1).get("field").textValue()).isEqualTo("destination.address");
        assertThat(json.get("errors").get(1).get("message").textValue()).isEqualTo("is not a TRON address");
    }

    @Test
    void toProblem_shouldHideMessage_whenThrowableIsUnknown() {
        RuntimeException internal = new IllegalStateException("connection to db-prod-7:5432 refused, pin=1234");

        Problem problem = MAPPER.toProblem(internal, INSTANCE);
        String body = new String(MAPPER.toJson(problem), UTF_8);

        assertThat(problem.code()).isEqualTo("INTERNAL");
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).isEqualTo(ProblemMapper.INTERNAL_DETAIL);
        assertThat(body).doesNotContain("db-prod").doesNotContain("1234").doesNotContain("IllegalState");
    }

    @Test
    void toProblem_shouldNotUseCauseMessage_whenPlatformExceptionWrapsFailure() {
        PlatformException failure = new PlatformException(ErrorCode.UNAVAILABLE, "Try again in a moment.",
                new RuntimeException("kinesis shard limit exceeded for arn:aws:kinesis:secret"));

        Problem problem = MAPPER.toProblem(failure, INSTANCE);

        assertThat(problem.detail()).isEqualTo("Try again in a moment.");
        assertThat(failure.getMessage()).isEqualTo("UNAVAILABLE: Try again in a moment.");
        assertThat(new String(MAPPER.toJson(problem), UTF_8)).doesNotContain("arn:aws");
    }

    @Test
    void toProblem_shouldUseTitle_whenDetailBlank() {
        Problem problem = MAPPER.toProblem(new PlatformException(ErrorCode.NOT_FOUND, " "), null);

        assertThat(problem.detail()).isEqualTo(ErrorCode.NOT_FOUND.title());
    }

    @Test
    void toProblem_shouldMapDecodingFailures_toMalformedJsonOrValidation() {
        JsonDecodingException malformed = new JsonDecodingException(JsonDecodingException.Kind.MALFORMED_JSON,
                "input is not well-formed JSON");
        JsonDecodingException invalid = new JsonDecodingException(JsonDecodingException.Kind.INVALID_CONTENT,
                "Order has an unknown field at $.x");

        assertThat(MAPPER.toProblem(malformed, null).code()).isEqualTo("MALFORMED_JSON");
        assertThat(MAPPER.toProblem(invalid, null).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(MAPPER.toProblem(invalid, null).detail()).isEqualTo("Order has an unknown field at $.x");
    }

    @Test
    void fromJson_shouldReturnEqualProblem_whenWrittenByToJson() {
        Problem problem = Problem.of(ErrorCode.VALIDATION_FAILED, "bad", INSTANCE,
                List.of(new FieldError("amount", "too many decimals")));

        assertThat(MAPPER.fromJson(MAPPER.toJson(problem))).isEqualTo(problem);
        Problem minimal = Problem.of(ErrorCode.RATE_LIMITED, null);
        assertThat(MAPPER.fromJson(MAPPER.toJson(minimal))).isEqualTo(minimal);
    }

    @Test
    void fromJson_shouldIgnoreUnknownExtensions_butRejectNonProblems() {
        String withExtension = "{\"type\":\"https://errors.usdtcustody.io/not-found\",\"title\":\"t\","
                + "\"status\":404,\"code\":\"NOT_FOUND\",\"traceId\":\"abc\"}";

        assertThat(MAPPER.fromJson(withExtension.getBytes(UTF_8)).status()).isEqualTo(404);
        assertThatThrownBy(() -> MAPPER.fromJson("{\"status\":\"404\"}".getBytes(UTF_8)))
                .isInstanceOf(JsonDecodingException.class);
        assertThatThrownBy(() -> MAPPER.fromJson("[]".getBytes(UTF_8))).isInstanceOf(JsonDecodingException.class);
    }

    @Test
    void problem_shouldRejectInvalidMembers() {
        assertThatThrownBy(() -> new Problem(ErrorCode.INTERNAL.type(), "t", 200, null, null, "INTERNAL", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of(ErrorCode.INTERNAL, "x".repeat(Problem.MAX_DETAIL_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldError("", "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mediaType_shouldBeProblemJson() {
        assertThat(ProblemMapper.MEDIA_TYPE).isEqualTo("application/problem+json");
    }
}
