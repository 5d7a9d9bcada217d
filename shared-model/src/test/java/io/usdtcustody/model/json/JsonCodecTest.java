package io.usdtcustody.model.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.events.EventContract;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

    private static final JsonCodec CODEC = new JsonCodec();
    private static final UUID ID = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    private static final Instant AT = Instant.parse("2025-03-01T12:00:00.123Z");
    private static final String SECRET = "SECRET-PAYLOAD-CONTENT";

    /** A typed payload as a producer would define it. */
    public record DepositCredited(String account, Amount amount, BigInteger blockNumber) {
    }

    private static final EventContract<DepositCredited> DEPOSIT_CREDITED =
            new EventContract<>("wallet.deposit.credited", 1, DepositCredited.class);

    private static final String VALID = """
            {"type":"wallet.deposit.credited","version":1,"eventId":"017f22e2-79b0-7cc3-98c4-dc0c0c07398f",
             "occurredAt":"2025-03-01T12:00:00.123Z","tenantId":"tenant-1","payload":{"note":"%s"}}
            """.formatted(SECRET);

    private static EventEnvelope envelope() {
        ObjectNode payload = CODEC.toObjectNode(new DepositCredited("acc-1",
                Amount.parse("10.5", Asset.USDT_ETHEREUM), new BigInteger("123456789012345678901234567890")));
        return new EventEnvelope("wallet.deposit.credited", 1, ID, AT, "tenant-1", payload);
    }

    private static JsonDecodingException decodeFailure(String json) {
        return catchThrowableOfType(JsonDecodingException.class, () -> CODEC.decodeEnvelope(json.getBytes(UTF_8)));
    }

    @Test
    void decodeEnvelope_shouldReturnEqualEnvelope_whenEncoded() {
        EventEnvelope original = envelope();

        EventEnvelope decoded = CODEC.decodeEnvelope(CODEC.encode(original));

        assertThat(decoded).isEqualTo(original);
    }

    @Test
    void encode_shouldWriteIsoInstant_andAmountsAsStrings() {
        JsonNode json = CODEC.readTree(CODEC.encode(envelope()));

        assertThat(json.get("occurredAt").textValue()).isEqualTo("2025-03-01T12:00:00.123Z");
        assertThat(json.get("eventId").textValue()).isEqualTo(ID.toString());
        JsonNode amount = json.get("payload").get("amount");
        assertThat(amount.get("value").isTextual()).isTrue();
        assertThat(amount.get("value").textValue()).isEqualTo("10.5");
        assertThat(amount.get("asset").get("code").textValue()).isEqualTo("USDT");
        assertThat(amount.get("asset").get("chain").textValue()).isEqualTo("ETHEREUM");
        assertThat(amount.get("asset").get("decimals").intValue()).isEqualTo(6);
        assertThat(json.get("payload").get("blockNumber").textValue()).isEqualTo("123456789012345678901234567890");
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("type", "version", "eventId", "occurredAt", "tenantId", "payload");
    }

    @Test
    void unwrap_shouldReturnTypedPayload_whenWrappedAndTransported() {
        DepositCredited payload = new DepositCredited("acc-7", Amount.parse("0.000001", Asset.USDT_TRON),
                BigInteger.TEN);
        EventEnvelope sent = CODEC.wrap(DEPOSIT_CREDITED, ID, AT, "tenant-9", payload);

        EventEnvelope received = CODEC.decodeEnvelope(CODEC.encode(sent));

        assertThat(CODEC.unwrap(received, DEPOSIT_CREDITED)).isEqualTo(payload);
    }

    @Test
    void unwrap_shouldReject_whenVersionDiffers() {
        EventEnvelope sent = CODEC.wrap(DEPOSIT_CREDITED, ID, AT, "t1",
                new DepositCredited("a", Amount.zero(Asset.USDT_TRON), BigInteger.ONE));
        EventContract<DepositCredited> v2 = new EventContract<>("wallet.deposit.credited", 2, DepositCredited.class);

        assertThatThrownBy(() -> CODEC.unwrap(sent, v2))
                .isInstanceOf(JsonDecodingException.class)
                .hasMessage("expected event wallet.deposit.credited v2 but got wallet.deposit.credited v1");
    }

    @Test
    void decodeEnvelope_shouldAcceptValidJson() {
        EventEnvelope decoded = CODEC.decodeEnvelope(VALID.getBytes(UTF_8));

        assertThat(decoded.occurredAt()).isEqualTo(AT);
        assertThat(decoded.payload().get("note").textValue()).isEqualTo(SECRET);
    }

    @Test
    void decodeEnvelope_shouldReject_whenUnknownTopLevelField() {
        JsonDecodingException e = decodeFailure(VALID.replace("\"version\":1", "\"version\":1,\"extra\":true"));

        assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.INVALID_CONTENT);
        assertThat(e).hasMessage("EventEnvelope has an unknown field at $.extra");
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "version", "eventId", "occurredAt", "tenantId", "payload"})
    void decodeEnvelope_shouldNameMissingField_whenFieldAbsent(String field) {
        ObjectNode json = (ObjectNode) CODEC.readTree(VALID.getBytes(UTF_8));
        json.remove(field);

        JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
                () -> CODEC.decodeEnvelope(CODEC.write(json)));

        assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.INVALID_CONTENT);
        assertThat(e).hasMessage("EventEnvelope is missing the required field $." + field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "version", "eventId", "occurredAt", "tenantId", "payload"})
    void decodeEnvelope_shouldReject_whenFieldNull(String field) {
        ObjectNode json = (ObjectNode) CODEC.readTree(VALID.getBytes(UTF_8));
        json.putNull(field);

        assertThatThrownBy(() -> CODEC.decodeEnvelope(CODEC.write(json)))
                .isInstanceOf(JsonDecodingException.class)
                .hasMessageNotContaining(SECRET)
                .hasMessageContaining(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"version\":\"1\"", "\"version\":1.5", "\"version\":0", "\"eventId\":\"not-a-uuid\"",
            "\"occurredAt\":\"yesterday\"", "\"occurredAt\":1700000000", "\"tenantId\":\"bad tenant\"", "\"type\":\"Bad Type\"",
            "\"tenantId\":42", "\"payload\":[1,2]", "\"payload\":\"" + SECRET + "\""})
    void decodeEnvelope_shouldRejectWithSafeMessage_whenFieldInvalid(String replacement) {
        ObjectNode json = (ObjectNode) CODEC.readTree(VALID.getBytes(UTF_8));
        String field = replacement.substring(1, replacement.indexOf('"', 1));
        json.set(field, CODEC.readTree(("{" + replacement + "}").getBytes(UTF_8)).get(field));

        JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
                () -> CODEC.decodeEnvelope(CODEC.write(json)));

        assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.INVALID_CONTENT);
        assertThat(e.getMessage()).startsWith("EventEnvelope").doesNotContain(SECRET);
        assertThat(e.getCause()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"type\":", "not json", "{} {}", "{\"a\":1,\"a\":2}", "[1,]", "NaN"})
    void decodeEnvelope_shouldReportMalformedJson_whenSyntaxBroken(String json) {
        JsonDecodingException e = decodeFailure(json);

        assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.MALFORMED_JSON);
        assertThat(e.getMessage()).doesNotContain("not json");
    }

    @Test
    void decodeEnvelope_shouldNotQuotePayload_whenMalformedNearSecret() {
        JsonDecodingException e = decodeFailure(VALID.replace(SECRET + "\"", SECRET + "\" oops"));

        assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.MALFORMED_JSON);
        assertThat(e.getMessage()).doesNotContain(SECRET).contains("line");
    }

    @Test
    void decodeEnvelope_shouldReject_whenNestingTooDeep() {
        String deep = "[".repeat(JsonCodec.MAX_NESTING_DEPTH + 5) + "]".repeat(JsonCodec.MAX_NESTING_DEPTH + 5);

        assertThat(decodeFailure(VALID.replace("\"" + SECRET + "\"", deep)).kind())
                .isEqualTo(JsonDecodingException.Kind.MALFORMED_JSON);
    }

    @Test
    void decodeEnvelope_shouldRejectNullInput() {
        assertThatThrownBy(() -> CODEC.decodeEnvelope(null)).isInstanceOf(JsonDecodingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"ETHEREUM\",\"decimals\":6},\"value\":10.5}",
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"ETHEREUM\",\"decimals\":6},\"value\":\"1e3\"}",
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"ETHEREUM\",\"decimals\":6},\"value\":\"0.0000001\"}",
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"ETHEREUM\",\"decimals\":8},\"value\":\"1\"}",
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"ETHEREUM\",\"decimals\":6},\"value\":\"1\",\"x\":1}",
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"SOLANA\",\"decimals\":6},\"value\":\"1\"}",
            "{\"asset\":{\"code\":\"USDT\",\"chain\":\"ETHEREUM\",\"decimals\":6}}",
            "\"10.5\""})
    void read_shouldRejectAmount_whenNotStrictShape(String json) {
        JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
                () -> CODEC.read(json.getBytes(UTF_8), Amount.class));

        assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.INVALID_CONTENT);
        assertThat(e.getMessage()).startsWith("Amount");
    }

    @Test
    void read_shouldParseAmount_whenStrictShape() {
        String json = "{\"asset\":{\"code\":\"USDT\",\"chain\":\"OMNI\",\"decimals\":8},\"value\":\"-0.00000001\"}";

        Amount amount = CODEC.read(json.getBytes(UTF_8), Amount.class);

        assertThat(amount).isEqualTo(Amount.of(-1, Asset.USDT_OMNI));
        assertThat(new String(CODEC.write(amount), UTF_8)).isEqualTo(json);
    }

    @Test
    void readTree_shouldReadFloatsAsBigDecimal_neverDouble() {
        JsonNode node = CODEC.readTree("{\"x\":0.1000000000000000055511151231257827}".getBytes(UTF_8));

        assertThat(node.get("x").isBigDecimal()).isTrue();
        assertThat(node.get("x").decimalValue().toPlainString()).isEqualTo("0.1000000000000000055511151231257827");
    }

    @Test
    void fromTree_shouldNameNestedPath_whenPayloadFieldInvalid() {
        ObjectNode payload = CODEC.toObjectNode(new DepositCredited("acc", Amount.zero(Asset.USDT_TRON),
                BigInteger.ONE));
        ((ObjectNode) payload.get("amount")).put("value", SECRET);

        JsonDecodingException e = catchThrowableOfType(JsonDecodingException.class,
                () -> CODEC.fromTree(payload, DepositCredited.class));

        assertThat(e.getMessage()).contains("$.amount").doesNotContain(SECRET);
    }
}
