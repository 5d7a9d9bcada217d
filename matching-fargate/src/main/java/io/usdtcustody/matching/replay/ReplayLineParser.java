package io.usdtcustody.matching.replay;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads one NDJSON line of the replay into a {@link ReplayLine}. It checks the shape only (JSON object, known
 * op, required fields present and of the right kind); decimals may be strings or JSON numbers and are kept
 * exact. Enum-like values (side, type, tif) are case-insensitive. Fields it does not know are ignored.
 */
final class ReplayLineParser {
    /** A line's optional {@code "time"} (epoch milliseconds), for rate limits; -1 when absent. */
    record Parsed(ReplayLine line, long timeMillis) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Thrown inside the parser only, to turn a missing or bad field into an Invalid line. */
    private static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    Parsed parse(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            return new Parsed(new ReplayLine.Invalid(null, "INVALID_JSON"), -1);
        }
        if (node == null || !node.isObject()) {
            return new Parsed(new ReplayLine.Invalid(null, "INVALID_JSON"), -1);
        }
        String id = node.path("id").isTextual() || node.path("id").isNumber() ? node.path("id").asText() : null;
        try {
            long time = node.has("time") ? wholeNumber(node, "time") : -1;
            return new Parsed(operation(node), time);
        } catch (BadField e) {
            return new Parsed(new ReplayLine.Invalid(id, e.getMessage()), -1);
        }
    }

    private ReplayLine operation(JsonNode node) throws BadField {
        String op = text(node, "op").toLowerCase(Locale.ROOT);
        return switch (op) {
            case "symbol" -> new ReplayLine.DefineSymbol(text(node, "symbol"), text(node, "base"),
                    text(node, "quote"), decimal(node, "tick"), decimal(node, "lot"),
                    smallNumber(node, "makerFeeBps"), smallNumber(node, "takerFeeBps"));
            case "asset" -> new ReplayLine.DefineAsset(text(node, "asset"), smallNumber(node, "scale"));
            case "deposit", "withdraw" -> new ReplayLine.Transfer(op.equals("deposit"), text(node, "account"),
                    text(node, "asset"), decimal(node, "amount"), optionalText(node, "transferId"));
            case "place" -> place(node);
            case "cancel" -> new ReplayLine.Cancel(text(node, "id"), text(node, "account"),
                    optionalText(node, "symbol"));
            case "amend" -> new ReplayLine.Amend(text(node, "id"), text(node, "account"), optionalText(node, "symbol"),
                    optionalDecimal(node, "price"), optionalDecimal(node, "qty"));
            default -> throw new BadField("UNKNOWN_OP");
        };
    }

    private ReplayLine place(JsonNode node) throws BadField {
        String type = upper(optionalText(node, "type"), "LIMIT");
        boolean market = type.equals("MARKET");
        if (!market && !type.equals("LIMIT")) {
            throw new BadField("INVALID_FIELD:type");
        }
        String side = upper(text(node, "side"), null);
        if (!side.equals("BUY") && !side.equals("SELL")) {
            throw new BadField("INVALID_FIELD:side");
        }
        String tif = upper(optionalText(node, "tif"), market ? "IOC" : "GTC");
        if (!tif.equals("GTC") && !tif.equals("IOC") && !tif.equals("FOK")) {
            throw new BadField("INVALID_FIELD:tif");
        }
        JsonNode postOnly = node.path("postOnly");
        if (!postOnly.isMissingNode() && !postOnly.isNull() && !postOnly.isBoolean()) {
            throw new BadField("INVALID_FIELD:postOnly");
        }
        BigDecimal price = market ? null : decimal(node, "price");
        return new ReplayLine.Place(text(node, "id"), text(node, "account"), text(node, "symbol"), side, type, tif,
                price, decimal(node, "qty"), postOnly.asBoolean(false));
    }

    private static String upper(String value, String absent) {
        return value == null ? absent : value.toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) throws BadField {
        String value = optionalText(node, field);
        if (value == null) {
            throw new BadField("MISSING_FIELD:" + field);
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw new BadField("INVALID_FIELD:" + field);
        }
        String text = value.asText();
        if (text.isBlank()) {
            throw new BadField("MISSING_FIELD:" + field);
        }
        return text;
    }

    private static BigDecimal decimal(JsonNode node, String field) throws BadField {
        BigDecimal value = optionalDecimal(node, field);
        if (value == null) {
            throw new BadField("MISSING_FIELD:" + field);
        }
        return value;
    }

    private static BigDecimal optionalDecimal(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual() || value.asText().length() > 64) {
            throw new BadField("INVALID_FIELD:" + field);
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new BadField("INVALID_FIELD:" + field);
        }
    }

    private static long wholeNumber(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadField("MISSING_FIELD:" + field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadField("INVALID_FIELD:" + field);
        }
        return value.longValue();
    }

    /** An optional whole number from 0 to 1,000,000 (fees, scales); 0 when absent. */
    private static int smallNumber(JsonNode node, String field) throws BadField {
        long value = node.hasNonNull(field) ? wholeNumber(node, field) : 0;
        if (value < 0 || value > 1_000_000) {
            throw new BadField("INVALID_FIELD:" + field);
        }
        return (int) value;
    }
}
