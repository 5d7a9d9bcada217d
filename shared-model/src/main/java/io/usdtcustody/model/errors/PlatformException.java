package io.usdtcustody.model.errors;

import java.util.List;
import java.util.Objects;

/**
 * The one exception type that crosses a service boundary as a problem response: an {@link ErrorCode}, a
 * detail written for the caller, and optional field errors. Code that catches a technical failure wraps it
 * with a safe detail of its own; the cause is kept for logs only and never reaches the caller.
 *
 * <p>{@link #getMessage()} is {@code CODE: detail}, so logging it is as safe as returning it.
 */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final String detail;
    private final transient List<FieldError> fieldErrors;

    public PlatformException(ErrorCode errorCode, String detail) {
        this(errorCode, detail, List.of(), null);
    }

    public PlatformException(ErrorCode errorCode, String detail, Throwable cause) {
        this(errorCode, detail, List.of(), cause);
    }

    public PlatformException(ErrorCode errorCode, String detail, List<FieldError> fieldErrors, Throwable cause) {
        super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + safeDetail(errorCode, detail), cause);
        this.errorCode = errorCode;
        this.detail = safeDetail(errorCode, detail);
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** A {@link ErrorCode#VALIDATION_FAILED} with the invalid fields listed. */
    public static PlatformException validation(String detail, List<FieldError> fieldErrors) {
        return new PlatformException(ErrorCode.VALIDATION_FAILED, detail, fieldErrors, null);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The caller-facing detail; the code's title when none was given. */
    public String detail() {
        return detail;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Blank becomes the title and overlong text is cut, so building the problem later cannot fail. */
    private static String safeDetail(ErrorCode errorCode, String detail) {
        if (detail == null || detail.isBlank()) {
            return errorCode.title();
        }
        return detail.length() <= Problem.MAX_DETAIL_LENGTH ? detail : detail.substring(0, Problem.MAX_DETAIL_LENGTH);
    }
}
