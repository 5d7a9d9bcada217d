package io.usdtcustody.model.errors;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem details body, as every API of the platform returns it with media type
 * {@code application/problem+json}: the standard members {@code type}, {@code title}, {@code status},
 * {@code detail} and {@code instance}, plus our extension members {@code code} (the stable {@link ErrorCode})
 * and {@code errors} (invalid fields, possibly empty).
 *
 * <p>{@code detail} and {@code instance} are optional (null when absent). {@code detail} is for the caller and
 * must never carry internal messages, stack traces, secrets or personal data.
 */
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        String code,
        List<FieldError> errors) {

    public static final int MAX_DETAIL_LENGTH = 500;
    public static final int MAX_FIELD_ERRORS = 100;

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(code, "code");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("problem status must be 400..599, was " + status);
        }
        if (detail != null && (detail.isBlank() || detail.length() > MAX_DETAIL_LENGTH)) {
            throw new IllegalArgumentException("detail must be absent or 1.." + MAX_DETAIL_LENGTH + " characters");
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (errors.size() > MAX_FIELD_ERRORS) {
            throw new IllegalArgumentException("at most " + MAX_FIELD_ERRORS + " field errors");
        }
    }

    /** The problem for an error code, with the code's type, title and status. */
    public static Problem of(ErrorCode errorCode, String detail, URI instance, List<FieldError> errors) {
        Objects.requireNonNull(errorCode, "errorCode");
        return new Problem(errorCode.type(), errorCode.title(), errorCode.httpStatus(), detail, instance,
                errorCode.code(), errors);
    }

    public static Problem of(ErrorCode errorCode, String detail) {
        return of(errorCode, detail, null, List.of());
    }
}
