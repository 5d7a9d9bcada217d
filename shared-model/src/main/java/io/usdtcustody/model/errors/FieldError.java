package io.usdtcustody.model.errors;

import java.util.Objects;

/**
 * One invalid input field in a {@link Problem}: a JSON-pointer-like path such as {@code amount} or
 * {@code destination.address}, and what is wrong with it, written for the caller. Never echo the value.
 */
public record FieldError(String field, String message) {
    public static final int MAX_FIELD_LENGTH = 200;
    public static final int MAX_MESSAGE_LENGTH = 300;

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (field.isBlank() || field.length() > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException("field must be 1.." + MAX_FIELD_LENGTH + " characters");
        }
        if (message.isBlank() || message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("message must be 1.." + MAX_MESSAGE_LENGTH + " characters");
        }
    }
}
