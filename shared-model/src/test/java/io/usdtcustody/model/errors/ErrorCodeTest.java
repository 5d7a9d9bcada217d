package io.usdtcustody.model.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

    @ParameterizedTest
    @CsvSource({
            "VALIDATION_FAILED, 400", "MALFORMED_JSON, 400", "INVALID_ADDRESS, 400", "UNAUTHENTICATED, 401",
            "FORBIDDEN, 403", "NOT_FOUND, 404", "CONFLICT, 409", "IDEMPOTENCY_KEY_REUSED, 409",
            "IDEMPOTENCY_IN_PROGRESS, 409", "KYC_NOT_VERIFIED, 409", "UNSUPPORTED_MEDIA_TYPE, 415", "INSUFFICIENT_FUNDS, 422",
            "LIMIT_EXCEEDED, 422", "SANCTIONED_ADDRESS, 422", "RATE_LIMITED, 429", "INTERNAL, 500",
            "UNAVAILABLE, 503", "BAD_GATEWAY, 502", "GATEWAY_TIMEOUT, 504"})
    void httpStatus_shouldMatchContract(ErrorCode code, int status) {
        assertThat(code.httpStatus()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void code_shouldBeStableAndTypeUriDerivedFromIt(ErrorCode code) {
        assertThat(code.code()).isEqualTo(code.name()).matches("[A-Z][A-Z_]*[A-Z]");
        assertThat(code.type().toString())
                .isEqualTo("https://errors.usdtcustody.io/" + code.name().toLowerCase().replace('_', '-'));
        assertThat(code.title()).isNotBlank().doesNotEndWith(".");
        assertThat(code.httpStatus()).isBetween(400, 599);
        assertThat(ErrorCode.fromCode(code.code())).isSameAs(code);
    }

    @Test
    void type_shouldUseDashes_forMultiWordCodes() {
        assertThat(ErrorCode.IDEMPOTENCY_KEY_REUSED.type())
                .isEqualTo(URI.create("https://errors.usdtcustody.io/idempotency-key-reused"));
    }

    @Test
    void codes_shouldBeUnique() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void fromCode_shouldReject_whenUnknown() {
        assertThatThrownBy(() -> ErrorCode.fromCode("NOPE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isServerError_shouldBeTrueOnlyFor5xx() {
        assertThat(ErrorCode.UNAVAILABLE.isServerError()).isTrue();
        assertThat(ErrorCode.RATE_LIMITED.isServerError()).isFalse();
    }
}
