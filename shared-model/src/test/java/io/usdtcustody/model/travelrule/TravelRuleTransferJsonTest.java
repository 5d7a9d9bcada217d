package io.usdtcustody.model.travelrule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.ivms101.Decoded;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures;
import org.junit.jupiter.api.Test;

class TravelRuleTransferJsonTest {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final TravelRuleTransferJson JSON = new TravelRuleTransferJson(CODEC);

    @Test
    void read_shouldReturnEqualTransfer_whenWritten() {
        TravelRuleTransfer transfer = TravelRuleFixtures.outgoing("2500.5");

        Decoded<TravelRuleTransfer> decoded = JSON.read(JSON.write(transfer));

        assertThat(decoded.problems()).isEmpty();
        assertThat(decoded.value()).isEqualTo(transfer);
    }

    @Test
    void write_shouldProduceTheDocumentedShape() {
        JsonNode json = JSON.toTree(TravelRuleFixtures.outgoing("2500.5"));

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("transferId", "direction", "amount", "destinationAddress", "ivms101");
        assertThat(json.get("direction").textValue()).isEqualTo("OUTGOING");
        assertThat(json.at("/amount/value").textValue()).isEqualTo("2500.5");
        assertThat(json.at("/amount/asset/chain").textValue()).isEqualTo("ETHEREUM");
        assertThat(json.at("/ivms101/originator/originatorPersons/0/naturalPerson/name/nameIdentifier/0"
                + "/primaryIdentifier").textValue()).isEqualTo("Liddell");
    }

    @Test
    void read_shouldReportEnvelopeAndPayloadProblemsTogether() {
        ObjectNode json = JSON.toTree(TravelRuleFixtures.outgoing("1"));
        json.put("transferId", "has spaces");
        json.put("direction", "SIDEWAYS");
        ((ObjectNode) json.get("amount")).put("value", "0");
        json.put("destinationAddress", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8");
        ((ObjectNode) json.at("/ivms101/originator/originatorPersons/0/naturalPerson/name/nameIdentifier/0"))
                .remove("nameIdentifierType");

        Decoded<TravelRuleTransfer> decoded = JSON.fromTree(json);

        assertThat(decoded.problems()).extracting(FieldError::field).containsExactly(
                "transferId", "direction", "amount",
                "ivms101.originator.originatorPersons[0].naturalPerson.name.nameIdentifier[0].nameIdentifierType");
    }

    @Test
    void read_shouldRefuseDestinationOfAnotherChain_andAmountAsNumber() {
        ObjectNode json = JSON.toTree(TravelRuleFixtures.outgoing("1"));
        json.put("destinationAddress", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8");

        assertThat(JSON.fromTree(json).problems()).extracting(FieldError::field)
                .containsExactly("destinationAddress");

        ((ObjectNode) json.get("amount")).put("value", 1);
        assertThat(JSON.fromTree(json).problems()).extracting(FieldError::field).containsExactly("amount");
    }

    @Test
    void constructor_shouldNormaliseDestination_andRefuseBadEnvelope() {
        String lower = Ivms101Fixtures.BENEFICIARY_ADDRESS.toLowerCase(java.util.Locale.ROOT);
        TravelRuleTransfer transfer = new TravelRuleTransfer("w-1", TransferDirection.OUTGOING,
                TravelRuleFixtures.usdt("1"), lower, Ivms101Fixtures.outgoing());

        assertThat(transfer.destinationAddress()).isEqualTo(Ivms101Fixtures.BENEFICIARY_ADDRESS);
        assertThatThrownBy(() -> new TravelRuleTransfer("w-1", TransferDirection.OUTGOING,
                TravelRuleFixtures.usdt("0"), lower, Ivms101Fixtures.outgoing()))
                .hasMessage("amount must be positive");
        assertThatThrownBy(() -> new TravelRuleTransfer("", TransferDirection.OUTGOING,
                TravelRuleFixtures.usdt("1"), lower, Ivms101Fixtures.outgoing()))
                .hasMessageStartingWith("transferId must be");
    }

    @Test
    void read_shouldRefuseMissingPayload() {
        String json = "{\"transferId\": \"w-1\", \"direction\": \"INCOMING\", \"amount\": {\"asset\": {\"code\":"
                + " \"USDT\", \"chain\": \"TRON\", \"decimals\": 6}, \"value\": \"5\"}, \"destinationAddress\":"
                + " \"TJRabPrwbZy45sbavfcjinPJC18kjpRTv8\"}";

        assertThat(JSON.read(json.getBytes(UTF_8)).problems()).extracting(FieldError::field)
                .containsExactly("ivms101");
    }

    @Test
    void read_shouldThrow_whenNotJson() {
        assertThatThrownBy(() -> JSON.read("nope".getBytes(UTF_8)))
                .isInstanceOf(io.usdtcustody.model.json.JsonDecodingException.class);
    }
}
