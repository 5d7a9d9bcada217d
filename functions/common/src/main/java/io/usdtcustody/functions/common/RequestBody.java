package io.usdtcustody.functions.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object request body read strictly, collecting every problem before answering: a body that is not an
 * object, an unknown member, a missing, null or mistyped member, text that is blank, too long or holds control
 * characters — each is a {@link FieldError} naming the member (nested ones as {@code address.city}) and the
 * rule, never the value (it may be personal data). {@link #validate} throws them together as one
 * {@code VALIDATION_FAILED}, so a bad request changes nothing and tells the client everything at once.
 */
public final class RequestBody {
    private final JsonNode body;
    private final String prefix;
    private final List<FieldError> errors;

    private RequestBody(JsonNode body, String prefix, List<FieldError> errors) {
        this.body = body;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** Reads a parsed body that may have only the {@code allowed} members. */
    public static RequestBody of(JsonNode tree, Set<String> allowed) {
        if (tree == null || !tree.isObject()) {
            throw PlatformException.validation("The request body must be a JSON object.",
                    List.of(new FieldError("body", "must be a JSON object")));
        }
        RequestBody request = new RequestBody(tree, "", new ArrayList<>());
        request.rejectUnknown(allowed);
        return request;
    }

    /** A required nested object, read with the same error list (absent when missing or not an object). */
    public Optional<RequestBody> object(String name, Set<String> allowed) {
        JsonNode value = present(name, true);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            error(name, "must be an object");
            return Optional.empty();
        }
        RequestBody nested = new RequestBody(value, path(name) + ".", errors);
        nested.rejectUnknown(allowed);
        return Optional.of(nested);
    }

    /** A required string member of 1-{@code maxLength} characters, stripped of surrounding white space. */
    public Optional<String> text(String name, int maxLength) {
        return text(name, maxLength, true);
    }

    /** An optional string member (absent, or 1-{@code maxLength} characters). */
    public Optional<String> optionalText(String name, int maxLength) {
        return text(name, maxLength, false);
    }

    /** A required boolean member. */
    public Optional<Boolean> bool(String name) {
        JsonNode value = present(name, true);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            error(name, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** A required string member naming a constant of {@code type} (exactly, in upper case). */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        Optional<String> text = text(name, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.get())) {
                return Optional.of(constant);
            }
        }
        error(name, "must be one of " + List.of(type.getEnumConstants()));
        return Optional.empty();
    }

    /** Adds a problem with member {@code name} (relative to this object). */
    public void error(String name, String message) {
        String field = path(name);
        errors.add(new FieldError(field.length() > FieldError.MAX_FIELD_LENGTH ? "body" : field, message));
    }

    /** Whether no problem was found so far. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * Throws every problem found as one {@code VALIDATION_FAILED}; returns when there is none.
     *
     * @throws PlatformException with the field errors
     */
    public void validate() {
        if (!errors.isEmpty()) {
            throw PlatformException.validation("The request is not valid.",
                    errors.size() > 100 ? errors.subList(0, 100) : errors);
        }
    }

    private Optional<String> text(String name, int maxLength, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            error(name, "must be a string");
            return Optional.empty();
        }
        String text = value.textValue().strip();
        if (text.isEmpty() || text.length() > maxLength) {
            error(name, "must be 1-" + maxLength + " characters");
            return Optional.empty();
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            error(name, "must not contain control characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The member's value, or null (with an error when required) when it is missing or JSON null. */
    private JsonNode present(String name, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        return value;
    }

    private void rejectUnknown(Set<String> allowed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(name, "is not a known member");
            }
        }
    }

    private String path(String name) {
        return prefix + name;
    }

    @Override
    public String toString() {
        return "RequestBody[" + errors.size() + " problems]";
    }
}
