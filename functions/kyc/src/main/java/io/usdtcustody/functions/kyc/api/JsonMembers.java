package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The member shapes the KYC bodies need beyond {@link RequestBody}'s (text, enums): a short list of strings (MRZ
 * lines), a whole number given as a JSON integer or a decimal string (amounts travel as strings), and an optional
 * enum. Problems go to the body's error list, naming the member and the rule, never the value.
 */
final class JsonMembers {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    private JsonMembers() {
    }

    /** 1..{@code maxItems} strings of at most {@code maxLength} characters; empty when absent or invalid. */
    static Optional<List<String>> textList(JsonNode tree, RequestBody request, String name, int maxItems,
                                           int maxLength) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray() || value.isEmpty() || value.size() > maxItems) {
            request.error(name, "must be an array of 1-" + maxItems + " strings");
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().length() > maxLength) {
                request.error(name, "must hold strings of at most " + maxLength + " characters");
                return Optional.empty();
            }
            items.add(item.textValue());
        }
        return Optional.of(items);
    }

    /** A whole number in [min, max]; empty (with an error when {@code required}) when absent, and when invalid. */
    static Optional<Long> wholeNumber(JsonNode tree, RequestBody request, String name, long min, long max,
                                      boolean required) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                request.error(name, "is required");
            }
            return Optional.empty();
        }
        String digits = value.isIntegralNumber() ? value.asText() : value.isTextual() ? value.textValue() : null;
        if (digits == null || !WHOLE_NUMBER.matcher(digits).matches()) {
            request.error(name, "must be a whole number");
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
        request.error(name, "must be between " + min + " and " + max);
        return Optional.empty();
    }

    /** An optional member naming a constant of {@code type} exactly; {@code fallback} when absent. */
    static <E extends Enum<E>> Optional<E> optionalEnum(JsonNode tree, RequestBody request, String name, Class<E> type,
                                                        E fallback) {
        if (!tree.hasNonNull(name)) {
            return Optional.of(fallback);
        }
        Optional<String> text = request.optionalText(name, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.get())) {
                return Optional.of(constant);
            }
        }
        request.error(name, "must be one of " + List.of(type.getEnumConstants()));
        return Optional.empty();
    }
}
