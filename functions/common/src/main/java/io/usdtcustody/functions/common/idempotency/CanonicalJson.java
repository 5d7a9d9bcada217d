package io.usdtcustody.functions.common.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.JsonText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One text for every JSON value that means the same thing: object members sorted by name (UTF-16 order, as
 * RFC 8785 does), no insignificant whitespace, numbers in their shortest plain decimal form ({@code 1.50} and
 * {@code 1.5} are one number), strings escaped as {@link JsonText} does. Retries that reorder members or reformat the body
 * therefore hash the same, so a client library that re-serialises its request is not told it reused a key.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(128);
        append(node, out);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    members.add(it.next());
                }
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    JsonText.quote(out, members.get(i).getKey());
                    out.append(':');
                    append(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> JsonText.quote(out, node.textValue());
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL, MISSING -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static String number(JsonNode node) {
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
