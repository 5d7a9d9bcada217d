package io.usdtcustody.model.travelrule.ivms101;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.util.Objects;

/**
 * IVMS101 JSON in and out, with the standard's camelCase member names ({@code originator},
 * {@code originatorPersons}, {@code naturalPerson}, {@code nameIdentifier}, {@code primaryIdentifier} …).
 *
 * <p>Parsing goes through the platform's {@link JsonCodec} (one value, no duplicate keys, bounded depth).
 * Binding is done here rather than by the codec's record binding, because IVMS101 messages from other VASPs
 * leave optional members out, which the codec's "every member present" rule would refuse, and because a
 * counterparty must be told every fault of its message at once. Unknown members are refused.
 */
public final class Ivms101Json {
    private final JsonCodec codec;

    public Ivms101Json(JsonCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The payload as a JSON tree; absent members and empty arrays are left out. */
    public static ObjectNode toTree(IdentityPayload payload) {
        return Ivms101JsonWriter.payload(Objects.requireNonNull(payload, "payload"));
    }

    /** The payload as UTF-8 JSON. */
    public byte[] write(IdentityPayload payload) {
        return codec.write(toTree(payload));
    }

    /**
     * Reads a payload from UTF-8 JSON.
     *
     * @throws JsonDecodingException (kind MALFORMED_JSON) when the bytes are not one well-formed JSON value;
     *                               every other fault is in the returned {@link Decoded}
     */
    public Decoded<IdentityPayload> read(byte[] json) {
        return fromTree(codec.readTree(json));
    }

    /** Binds a JSON tree to a payload, collecting every structural problem. */
    public static Decoded<IdentityPayload> fromTree(JsonNode tree) {
        FieldProblems problems = new FieldProblems();
        IdentityPayload payload = fromTree(tree, "", problems);
        return new Decoded<>(payload, problems.list());
    }

    /** Binds the tree at path {@code at}, adding problems to {@code problems}; {@code null} when it has any. */
    public static IdentityPayload fromTree(JsonNode tree, String at, FieldProblems problems) {
        return new Ivms101JsonReader(problems).payload(tree, at);
    }
}
