package io.usdtcustody.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.matching.api.ApiViews.AmendOrder;
import io.usdtcustody.matching.api.ApiViews.PlaceOrder;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the order bodies, whose optional fields (price of a MARKET order, post-only, either half of an amend)
 * the platform's strict codec would refuse as missing: still strict about unknown fields and non-string values.
 */
final class RequestBodies {
    private static final Set<String> PLACE = Set.of("account", "symbol", "side", "type", "tif", "price", "qty",
            "postOnly");
    private static final Set<String> AMEND = Set.of("account", "symbol", "price", "qty");

    private RequestBodies() {
    }

    static PlaceOrder place(JsonCodec codec, byte[] body) {
        JsonNode tree = object(codec, body, PLACE);
        JsonNode postOnly = tree.get("postOnly");
        if (postOnly != null && !postOnly.isBoolean()) {
            throw PlatformException.validation("postOnly must be true or false", List.of());
        }
        return new PlaceOrder(text(tree, "account"), text(tree, "symbol"), text(tree, "side"), text(tree, "type"),
                text(tree, "tif"), text(tree, "price"), text(tree, "qty"), postOnly != null && postOnly.asBoolean());
    }

    static AmendOrder amend(JsonCodec codec, byte[] body) {
        JsonNode tree = object(codec, body, AMEND);
        return new AmendOrder(text(tree, "account"), text(tree, "symbol"), text(tree, "price"), text(tree, "qty"));
    }

    private static JsonNode object(JsonCodec codec, byte[] body, Set<String> allowed) {
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        JsonNode tree = codec.readTree(body);
        if (!tree.isObject()) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is not a JSON object");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw PlatformException.validation("unknown field " + name, List.of());
            }
        }
        return tree;
    }

    private static String text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw PlatformException.validation(field + " must be a string", List.of());
        }
        return value.asText();
    }
}
