package io.usdtcustody.model.travelrule.ivms101;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the members of one JSON object into values while collecting every problem into {@link FieldProblems}
 * rather than stopping at the first, as a Travel Rule counterparty needs to hear about all the faults of its
 * message. Optional members may be absent or {@code null}; arrays may be absent (empty). Unknown members are
 * problems ({@link #finish()}). Messages name the member and the expected shape, never the value.
 *
 * <p>Nested readers return {@code null} when their part had a problem; {@link #read} builds a record only when
 * {@link FieldProblems#count()} did not grow while reading it.
 */
public final class JsonObjectReader {
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final JsonNode node;
    private final String at;
    private final FieldProblems problems;
    private final Set<String> read = new HashSet<>();

    private JsonObjectReader(JsonNode node, String at, FieldProblems problems) {
        this.node = node;
        this.at = at;
        this.problems = problems;
    }

    /** A reader over {@code node}, or {@code null} (with a problem added) when it is not a JSON object. */
    public static JsonObjectReader open(JsonNode node, String at, FieldProblems problems) {
        if (node == null || !node.isObject()) {
            problems.add(at, "must be a JSON object");
            return null;
        }
        return new JsonObjectReader(node, at, problems);
    }

    /**
     * Reads one object: {@code members} reads the members it knows and returns how to build the value; unknown
     * members are then reported, and the value is built only when nothing went wrong inside the object. A
     * constructor's refusal (its messages never hold values) becomes a problem at {@code at}.
     *
     * @return the value, or {@code null} when the object had any problem
     */
    public static <T> T read(JsonNode node, String at, FieldProblems problems,
            Function<JsonObjectReader, Supplier<T>> members) {
        int mark = problems.count();
        JsonObjectReader reader = open(node, at, problems);
        if (reader == null) {
            return null;
        }
        Supplier<T> constructor = members.apply(reader);
        reader.finish();
        if (problems.count() != mark) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(at, "is not valid: " + e.getMessage());
            return null;
        }
    }

    public String path(String name) {
        return FieldProblems.path(at, name);
    }

    /** A string member; {@code null} when absent (a problem if {@code required}) or of the wrong type. */
    public String text(String name, boolean required) {
        JsonNode value = member(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(path(name), "must be a string");
            return null;
        }
        return value.textValue();
    }

    /** A code-list member such as {@code "LEGL"}, matched exactly against the codes of {@code type}. */
    public <E extends Enum<E> & Ivms101Code> E code(String name, Class<E> type, boolean required) {
        JsonNode value = member(name, required);
        if (value == null) {
            return null;
        }
        E found = value.isTextual() ? codeOf(type, value.textValue()) : null;
        if (found == null) {
            problems.add(path(name), "must be one of " + codes(type));
        }
        return found;
    }

    /** An ISO 8601 calendar date member ({@code 1986-12-13}). */
    public LocalDate date(String name, boolean required) {
        JsonNode value = member(name, required);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && ISO_DATE.matcher(value.textValue()).matches()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // falls through to the problem below: the shape is right but the date does not exist
            }
        }
        problems.add(path(name), "must be a calendar date written YYYY-MM-DD");
        return null;
    }

    /** A JSON integer member within {@code int} range. */
    public Integer integer(String name, boolean required) {
        JsonNode value = member(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(path(name), "must be a whole number");
            return null;
        }
        return value.intValue();
    }

    /** An object member read by {@code reader}; {@code null} when absent or invalid. */
    public <T> T object(String name, boolean required, BiFunction<JsonNode, String, T> reader) {
        JsonNode value = member(name, required);
        return value == null ? null : reader.apply(value, path(name));
    }

    /** An array of strings; empty when absent. */
    public List<String> texts(String name) {
        return array(name, (item, itemPath) -> {
            if (!item.isTextual()) {
                problems.add(itemPath, "must be a string");
                return null;
            }
            return item.textValue();
        });
    }

    /** An array member, each element read by {@code reader}; empty when absent, {@code null} when invalid. */
    public <T> List<T> array(String name, BiFunction<JsonNode, String, T> reader) {
        JsonNode value = member(name, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(path(name), "must be an array");
            return null;
        }
        List<T> items = new ArrayList<>(value.size());
        boolean failed = false;
        for (int i = 0; i < value.size(); i++) {
            T item = reader.apply(value.get(i), FieldProblems.path(at, name, i));
            failed |= item == null;
            items.add(item);
        }
        return failed ? null : items;
    }

    /** Reports every member that no read asked for; call once all members are read. */
    public void finish() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                problems.add(FieldProblems.path(at, safeName(name)), "is not a known member here");
            }
        }
    }

    private JsonNode member(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path(name), "is required");
            }
            return null;
        }
        return value;
    }

    private static <E extends Enum<E> & Ivms101Code> E codeOf(Class<E> type, String text) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.code().equals(text)) {
                return candidate;
            }
        }
        return null;
    }

    private static <E extends Enum<E> & Ivms101Code> String codes(Class<E> type) {
        StringBuilder text = new StringBuilder();
        for (E candidate : type.getEnumConstants()) {
            text.append(text.length() == 0 ? "" : ", ").append(candidate.code());
        }
        return text.toString();
    }

    /** Member names come from the input: odd ones are not echoed. */
    private static String safeName(String name) {
        return name.matches("[A-Za-z0-9_]{1,64}") ? name : "?";
    }
}
