package io.usdtcustody.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * The JSON shapes {@link JsonCodec} is strict about beyond Jackson's features.
 *
 * <p>{@link Amount}: {@code {"asset":{"code":"USDT","chain":"ETHEREUM","decimals":6},"value":"10.5"}}. The value is
 * a canonical decimal string so no JSON reader turns it into a floating-point number, and it is parsed back with
 * the strict rules of {@code MinorUnits}.
 *
 * <p>{@link Instant}: ISO-8601 text only ({@code 2025-03-01T12:00:00.123Z}); epoch numbers are refused, because
 * seconds and milliseconds are too easy to confuse.
 */
final class StrictJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    StrictJsonModule() {
        super("usdtcustody-strict");
        addSerializer(Amount.class, new AmountSerializer());
        addDeserializer(Amount.class, new AmountDeserializer());
        addDeserializer(Instant.class, new IsoInstantDeserializer());
    }

    private static final class IsoInstantDeserializer extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        IsoInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Instant.parse(parser.getText());
            } catch (DateTimeParseException e) {
                return ctxt.reportInputMismatch(this, "instant must be ISO-8601 text such as 2025-03-01T12:00:00Z");
            }
        }
    }

    private static final class AmountSerializer extends StdSerializer<Amount> {
        private static final long serialVersionUID = 1L;

        AmountSerializer() {
            super(Amount.class);
        }

        @Override
        public void serialize(Amount amount, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("asset");
            provider.defaultSerializeValue(amount.asset(), gen);
            gen.writeStringField("value", amount.toPlainString());
            gen.writeEndObject();
        }
    }

    private static final class AmountDeserializer extends StdDeserializer<Amount> {
        private static final long serialVersionUID = 1L;
        private static final Set<String> FIELDS = Set.of("asset", "value");

        AmountDeserializer() {
            super(Amount.class);
        }

        @Override
        public Amount deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(parser);
            if (!node.isObject()) {
                return (Amount) ctxt.handleUnexpectedToken(Amount.class, parser);
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    return ctxt.reportInputMismatch(this, "amount has an unknown field");
                }
            }
            JsonNode assetNode = node.get("asset");
            JsonNode valueNode = node.get("value");
            if (assetNode == null || !assetNode.isObject() || valueNode == null || !valueNode.isTextual()) {
                return ctxt.reportInputMismatch(this,
                        "amount needs an \"asset\" object and a \"value\" decimal string");
            }
            Asset asset = ctxt.readTreeAsValue(assetNode, Asset.class);
            try {
                return Amount.parse(valueNode.textValue(), asset);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(this, "amount value is not a valid " + asset + " decimal string");
            }
        }
    }
}
