package io.usdtcustody.custody.chain.tron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.custody.chain.tron.TronBroadcastResult.Outcome;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Broadcasts signed TRC-20 transactions through a TRON full node's HTTP API:
 * {@code POST /wallet/broadcasttransaction} with {@code visible=false}. java-tron's {@code BroadcastServlet}
 * rebuilds the transaction from the {@code raw_data} JSON (contract parameters included; addresses and bytes
 * as hex), not from {@code raw_data_hex}, so both are sent and must describe the same bytes; the node's
 * {@code txid} in the answer is compared with ours to catch any divergence. Answers: {@code {"result": true,
 * "txid"}}, or {@code {"code", "txid", "message": <hex of UTF-8>}}, or {@code {"Error": "…"}} when the servlet
 * itself failed. An optional TronGrid API key goes in {@code TRON-PRO-API-KEY} and is never logged.
 */
public final class TronHttpBroadcaster {
    static final String PATH = "/wallet/broadcasttransaction";
    private static final String DUPLICATE = "DUP_TRANSACTION_ERROR";

    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;
    private final Optional<String> apiKey;
    private final JsonCodec json;

    /** @param fullNode the node's HTTP base, e.g. {@code https://nile.trongrid.io} or {@code http://127.0.0.1:8090} */
    public TronHttpBroadcaster(HttpClient http, URI fullNode, Duration timeout, Optional<String> apiKey, JsonCodec json) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoint = Objects.requireNonNull(fullNode, "fullNode").resolve(PATH);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.json = Objects.requireNonNull(json, "json");
    }

    public TronBroadcastResult broadcast(SignedTronTransaction signed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(requestBody(signed))));
        apiKey.ifPresent(key -> request.header("TRON-PRO-API-KEY", key));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TronNodeUnavailableException("the TRON node did not answer the broadcast", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TronNodeUnavailableException("interrupted while broadcasting", e);
        }
        if (response.statusCode() != 200) {
            throw new TronNodeUnavailableException("the TRON node answered HTTP " + response.statusCode());
        }
        return interpret(signed.txidHex(), response.body());
    }

    /** The body java-tron expects: the transaction as {@code printTransactionToJSON} prints it, plus signatures. */
    ObjectNode requestBody(SignedTronTransaction signed) {
        TronTransaction transaction = signed.transaction();
        TriggerSmartContract call = transaction.contract();
        HexFormat hex = HexFormat.of();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("visible", false);
        body.put("txID", signed.txidHex());
        ObjectNode raw = body.putObject("raw_data");
        ObjectNode contract = raw.putArray("contract").addObject();
        ObjectNode parameter = contract.putObject("parameter");
        ObjectNode value = parameter.putObject("value");
        value.put("data", hex.formatHex(call.data()));
        value.put("owner_address", call.owner().toHex());
        value.put("contract_address", call.contract().toHex());
        if (call.callValueSun() != 0) {
            value.put("call_value", call.callValueSun());
        }
        parameter.put("type_url", TriggerSmartContract.TYPE_URL);
        contract.put("type", TriggerSmartContract.CONTRACT_TYPE_NAME);
        raw.put("ref_block_bytes", hex.formatHex(transaction.reference().refBlockBytes()));
        raw.put("ref_block_hash", hex.formatHex(transaction.reference().refBlockHash()));
        raw.put("expiration", transaction.expirationMillis());
        if (transaction.feeLimitSun() != 0) {
            raw.put("fee_limit", transaction.feeLimitSun());
        }
        if (transaction.timestampMillis() != 0) {
            raw.put("timestamp", transaction.timestampMillis());
        }
        body.put("raw_data_hex", transaction.rawDataHex());
        body.putArray("signature").add(signed.signatureHex());
        return body;
    }

    private TronBroadcastResult interpret(String ourTxid, byte[] body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JsonDecodingException e) {
            throw new TronNodeUnavailableException("the TRON node's answer is not JSON");
        }
        if (!answer.isObject()) {
            throw new TronNodeUnavailableException("the TRON node's answer is not a JSON object");
        }
        String nodeTxid = answer.path("txid").asText(ourTxid);
        if (answer.has("Error")) {
            return new TronBroadcastResult(Outcome.REJECTED, ourTxid, "NODE_ERROR", answer.get("Error").asText());
        }
        if (!nodeTxid.equalsIgnoreCase(ourTxid)) {
            return new TronBroadcastResult(Outcome.REJECTED, ourTxid, "TXID_MISMATCH",
                    "the node rebuilt another transaction (" + nodeTxid + ") from the JSON; nothing was sent");
        }
        String code = answer.path("code").asText("SUCCESS");
        String message = decodeMessage(answer.path("message").asText(""));
        if (answer.path("result").asBoolean(false)) {
            return new TronBroadcastResult(Outcome.ACCEPTED, ourTxid, code, message);
        }
        if (DUPLICATE.equals(code)) {
            return new TronBroadcastResult(Outcome.ALREADY_KNOWN, ourTxid, code, message);
        }
        return new TronBroadcastResult(Outcome.REJECTED, ourTxid, code, message);
    }

    /** With {@code visible=false} the node prints the message bytes as hex; anything else is kept as sent. */
    private static String decodeMessage(String text) {
        if (text.isEmpty() || text.length() % 2 != 0 || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(HexFormat.of().parseHex(text))).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
