package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON object request body (parsed by the codec: malformed JSON is already {@code MALFORMED_JSON})
 * strictly and collects every problem before answering: a body that is not an object, an unknown member, a missing or mistyped member, or a
 * value out of range each add a field error, and {@link #validated} throws them together as one
 * {@code VALIDATION_FAILED}. Messages name the field and the rule, never the value (it may be personal data).
 */
final class JsonRequest {
    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    /** Reads a parsed body and checks it has only {@code allowed} members. */
    static JsonRequest of(JsonNode tree, Set<String> allowed) {
        if (!tree.isObject()) {
            throw PlatformException.validation("the request is not valid",
                    List.of(new FieldError("body", "must be a JSON object")));
        }
        JsonRequest request = new JsonRequest(tree);
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                request.error(name.length() > FieldError.MAX_FIELD_LENGTH ? "body" : name, "is not a known member");
            }
        }
        return request;
    }

    Optional<String> optionalText(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            error(name, "must be a string");
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.isBlank() || text.length() > maxLength) {
            error(name, "must be 1-" + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    Optional<String> text(String name, int maxLength) {
        if (body.get(name) == null) {
            error(name, "is required");
            return Optional.empty();
        }
        return optionalText(name, maxLength);
    }

    /** An enum constant named by a string member; {@code fallback} when absent (null fallback: required). */
    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, E fallback) {
        Optional<String> text = fallback == null ? text(name, 64) : optionalText(name, 64);
        if (text.isEmpty()) {
            return body.get(name) == null ? Optional.ofNullable(fallback) : Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            error(name, "must be one of " + List.of(type.getEnumConstants()));
            return Optional.empty();
        }
    }

    /** A list of strings, 1..maxItems long, each at most {@code maxLength}. */
    Optional<List<String>> textList(String name, int maxItems, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray() || value.isEmpty() || value.size() > maxItems) {
            error(name, "must be an array of 1-" + maxItems + " strings");
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().length() > maxLength) {
                error(name, "must hold strings of at most " + maxLength + " characters");
                return Optional.empty();
            }
            items.add(item.textValue());
        }
        return Optional.of(items);
    }

    /** A whole number in [min, max], given as a JSON integer or a decimal string; empty when absent or invalid. */
    Optional<Long> wholeNumber(String name, long min, long max, boolean required) {
        JsonNode value = body.get(name);
        if (value == null) {
            if (required) {
                error(name, "is required");
            }
            return Optional.empty();
        }
        String digits = value.isIntegralNumber() ? value.asText() : value.isTextual() ? value.textValue() : null;
        if (digits == null || !digits.matches("-?[0-9]{1,19}")) {
            error(name, "must be a whole number");
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(digits);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // beyond the long range: as out of range as any
        }
        error(name, "must be between " + min + " and " + max);
        return Optional.empty();
    }

    /** Adds a field error found by the caller's own checks. */
    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws every collected error as one VALIDATION_FAILED, or returns when there is none. */
    void validated() {
        if (!errors.isEmpty()) {
            throw PlatformException.validation("the request is not valid", errors);
        }
    }
}
