package io.usdtcustody.model.travelrule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.travelrule.ivms101.Decoded;
import io.usdtcustody.model.travelrule.ivms101.FieldProblems;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Json;
import io.usdtcustody.model.travelrule.ivms101.JsonObjectReader;
import java.util.Objects;

/**
 * The JSON form of a {@link TravelRuleTransfer}:
 * <pre>{@code {"transferId": "…", "direction": "OUTGOING",
 *  "amount": {"asset": {"code": "USDT", "chain": "ETHEREUM", "decimals": 6}, "value": "2500"},
 *  "destinationAddress": "0x…", "ivms101": {IVMS101 identity payload}}}</pre>
 * The amount is the platform's strict amount shape (a decimal string, never a JSON number). Reading collects
 * every problem of envelope and payload together, with paths such as {@code ivms101.originator.accountNumber}.
 */
public final class TravelRuleTransferJson {
    private final JsonCodec codec;

    public TravelRuleTransferJson(JsonCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    public ObjectNode toTree(TravelRuleTransfer transfer) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("transferId", transfer.transferId());
        json.put("direction", transfer.direction().name());
        json.set("amount", codec.toObjectNode(transfer.amount()));
        json.put("destinationAddress", transfer.destinationAddress());
        json.set("ivms101", Ivms101Json.toTree(transfer.ivms101()));
        return json;
    }

    public byte[] write(TravelRuleTransfer transfer) {
        return codec.write(toTree(transfer));
    }

    /**
     * Reads an envelope from UTF-8 JSON.
     *
     * @throws JsonDecodingException (kind MALFORMED_JSON) when the bytes are not one well-formed JSON value;
     *                               every other fault is in the returned {@link Decoded}
     */
    public Decoded<TravelRuleTransfer> read(byte[] json) {
        return fromTree(codec.readTree(json));
    }

    public Decoded<TravelRuleTransfer> fromTree(JsonNode tree) {
        FieldProblems problems = new FieldProblems();
        TravelRuleTransfer transfer = JsonObjectReader.read(tree, "", problems, r -> {
            String transferId = r.text("transferId", true);
            problem(problems, r.path("transferId"), transferId, TravelRuleTransfer.transferIdProblem(transferId));
            TransferDirection direction = direction(r.text("direction", true), r.path("direction"), problems);
            Amount amount = r.object("amount", true, (node, at) -> amount(node, at, problems));
            String destination = r.text("destinationAddress", true);
            if (amount != null && destination != null) {
                var validation = TravelRuleTransfer.destination(amount, destination);
                problem(problems, r.path("destinationAddress"), destination,
                        validation.valid() ? null : validation.reason());
            }
            IdentityPayload payload = r.object("ivms101", true, (node, at) -> Ivms101Json.fromTree(node, at, problems));
            return () -> new TravelRuleTransfer(transferId, direction, amount, destination, payload);
        });
        return new Decoded<>(transfer, problems.list());
    }

    private Amount amount(JsonNode node, String at, FieldProblems problems) {
        try {
            Amount amount = codec.fromTree(node, Amount.class);
            String problem = TravelRuleTransfer.amountProblem(amount);
            if (problem == null) {
                return amount;
            }
            problems.add(at, "must be positive");
        } catch (JsonDecodingException e) {
            problems.add(at, "must be an amount: {\"asset\": {\"code\", \"chain\", \"decimals\"}, \"value\": decimal"
                    + " string}");
        }
        return null;
    }

    private static TransferDirection direction(String text, String at, FieldProblems problems) {
        if (text == null) {
            return null;
        }
        for (TransferDirection direction : TransferDirection.values()) {
            if (direction.name().equals(text)) {
                return direction;
            }
        }
        problems.add(at, "must be OUTGOING or INCOMING");
        return null;
    }

    private static void problem(FieldProblems problems, String at, String value, String problem) {
        if (value != null && problem != null) {
            problems.add(at, problem);
        }
    }
}
