package io.usdtcustody.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.usdtcustody.model.events.EventContract;
import io.usdtcustody.model.events.EventEnvelope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The platform's one JSON codec: a single strictly configured Jackson {@link ObjectMapper} used for event
 * envelopes, typed payloads and any other JSON the model defines. Build one per process and share it.
 *
 * <p>Writing: instants as ISO-8601 text (and only that is read back) ({@code 2025-03-01T12:00:00.123Z}); {@code Amount}, {@code BigDecimal}
 * and {@code BigInteger} as strings, so no reader sees money as a floating-point number.
 *
 * <p>Reading is strict: unknown fields, missing or null fields, duplicate keys, trailing content, floats for
 * integers and strings for numbers (or the reverse) are all rejected, and JSON floats are read as
 * {@code BigDecimal}, never {@code double}. Every failure becomes a {@link JsonDecodingException} whose message
 * names the JSON path at most, never input values.
 */
public final class JsonCodec {

    /** Deeper nesting than this is refused; no contract of ours comes close. */
    public static final int MAX_NESTING_DEPTH = 64;

    private final ObjectMapper mapper;

    public JsonCodec() {
        this.mapper = newMapper();
    }

    // --- event envelopes ----------------------------------------------------------------------------------

    public byte[] encode(EventEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        return write(envelope);
    }

    /** Decodes and validates an envelope; the payload stays a JSON tree. */
    public EventEnvelope decodeEnvelope(byte[] json) {
        return read(json, EventEnvelope.class);
    }

    /** Builds an envelope around a typed payload, checking that the payload class is the contract's. */
    public <T> EventEnvelope wrap(EventContract<T> contract, UUID eventId, Instant occurredAt, String tenantId,
            T payload) {
        Objects.requireNonNull(contract, "contract");
        if (!contract.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException("payload of " + contract.type() + " v" + contract.version()
                    + " must be a " + contract.payloadType().getSimpleName());
        }
        return new EventEnvelope(contract.type(), contract.version(), eventId, occurredAt, tenantId,
                toObjectNode(payload));
    }

    /**
     * Reads the payload of an envelope as the contract's record.
     *
     * @throws JsonDecodingException when the envelope is of another type or version, or the payload does not
     *                               match the record
     */
    public <T> T unwrap(EventEnvelope envelope, EventContract<T> contract) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(contract, "contract");
        if (!contract.matches(envelope)) {
            throw new JsonDecodingException(JsonDecodingException.Kind.INVALID_CONTENT, "expected event "
                    + contract.type() + " v" + contract.version() + " but got " + envelope.type() + " v"
                    + envelope.version());
        }
        return fromTree(envelope.payload(), contract.payloadType(), "payload");
    }

    // --- general JSON ---------------------------------------------------------------------------------------

    /** Writes any model value (record, tree, map) as UTF-8 JSON. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Our own values failed to serialise: a programming error, and the message is ours to log.
            throw new IllegalStateException("cannot encode " + typeName(value) + " as JSON", e);
        }
    }

    /** Reads UTF-8 JSON into {@code type} with the strict rules above. */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return fromTree(readTree(json), type, "");
    }

    /**
     * Parses UTF-8 JSON into a tree, refusing anything that is not exactly one well-formed JSON value.
     *
     * @throws JsonDecodingException of kind {@link JsonDecodingException.Kind#MALFORMED_JSON}
     */
    public JsonNode readTree(byte[] json) {
        if (json == null || json.length == 0) {
            throw new JsonDecodingException(JsonDecodingException.Kind.MALFORMED_JSON, "JSON input is empty");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new JsonDecodingException(JsonDecodingException.Kind.MALFORMED_JSON, "input is not well-formed"
                    + " JSON (one value, no duplicate keys, nothing after it)" + SafeMessages.location(e));
        } catch (java.io.IOException e) {
            throw new JsonDecodingException(JsonDecodingException.Kind.MALFORMED_JSON, "input cannot be read as JSON");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new JsonDecodingException(JsonDecodingException.Kind.MALFORMED_JSON, "JSON input is empty");
        }
        return tree;
    }

    /** Converts a value (usually a payload record) to a JSON object tree. */
    public ObjectNode toObjectNode(Object value) {
        Objects.requireNonNull(value, "value");
        JsonNode node = mapper.valueToTree(value);
        if (!node.isObject()) {
            throw new IllegalArgumentException(typeName(value) + " does not serialise to a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Binds a JSON tree to {@code type} with the strict rules above. */
    public <T> T fromTree(JsonNode tree, Class<T> type) {
        return fromTree(tree, type, "");
    }

    private <T> T fromTree(JsonNode tree, Class<T> type, String pathPrefix) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(type, "type");
        try {
            return mapper.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new JsonDecodingException(JsonDecodingException.Kind.INVALID_CONTENT,
                    SafeMessages.describe(e, type, pathPrefix));
        } catch (IllegalArgumentException e) {
            throw new JsonDecodingException(JsonDecodingException.Kind.INVALID_CONTENT,
                    type.getSimpleName() + " is invalid");
        }
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    private static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new StrictJsonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
        mapper.configOverride(BigDecimal.class).setFormat(asString);
        mapper.configOverride(BigInteger.class).setFormat(asString);
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(BigInteger.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        // No silent scalar coercion: "1" is not a number, 1 is not a string, "" is not null.
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
