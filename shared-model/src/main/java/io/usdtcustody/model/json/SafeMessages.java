package io.usdtcustody.model.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.usdtcustody.model.events.EventEnvelope;
import java.util.regex.Pattern;

/**
 * Turns Jackson failures into messages that are safe to log and return: a JSON path and what was wrong with
 * it, never the input text, because Jackson's own messages may quote payload contents.
 */
final class SafeMessages {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private SafeMessages() {
    }

    static String describe(JacksonException e, Class<?> target, String pathPrefix) {
        String path = path(e, pathPrefix);
        String what = target.getSimpleName();
        if (e instanceof UnrecognizedPropertyException) {
            return what + " has an unknown field at " + path;
        }
        // Classified by Jackson's wording, which is never passed on.
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Missing") && original.contains("creator property")) {
            return what + " is missing the required field " + path;
        }
        if (e instanceof InvalidNullException || original.startsWith("Null value for creator property")
                || original.startsWith("Cannot map `null`")) {
            return what + " has a null field at " + path;
        }
        if (e instanceof ValueInstantiationException vie) {
            Throwable cause = vie.getCause();
            // EventEnvelope promises value-free validation messages; other types' messages may quote input.
            boolean trusted = vie.getType() != null && vie.getType().getRawClass() == EventEnvelope.class
                    && (cause instanceof IllegalArgumentException || cause instanceof NullPointerException)
                    && cause.getMessage() != null;
            return what + " is invalid at " + path + (trusted ? ": " + cause.getMessage() : "");
        }
        return what + " has a wrongly typed or invalid value at " + path;
    }

    static String location(JacksonException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** {@code $.payload.amount.value}, with input-controlled names that look odd replaced by {@code ?}. */
    private static String path(JacksonException e, String pathPrefix) {
        StringBuilder path = new StringBuilder("$");
        if (!pathPrefix.isEmpty()) {
            path.append('.').append(pathPrefix);
        }
        if (e instanceof JsonMappingException jme) {
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    String name = ref.getFieldName();
                    path.append('.').append(SAFE_NAME.matcher(name).matches() ? name : "?");
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        return path.toString();
    }
}
