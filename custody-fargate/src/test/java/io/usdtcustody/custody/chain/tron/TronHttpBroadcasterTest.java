package io.usdtcustody.custody.chain.tron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.custody.chain.tron.TronBroadcastResult.Outcome;
import io.usdtcustody.model.json.JsonCodec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broadcaster against a loopback {@link HttpServer} that records the request and plays back answers in the
 * shapes java-tron's {@code BroadcastServlet} writes. It is a test double for the wire format only: it checks
 * no signature and holds no chain; no TRON node runs in this project.
 */
class TronHttpBroadcasterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicReference<Recorded> recorded = new AtomicReference<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{}";
    private SignedTronTransaction signed;

    private record Recorded(String method, String path, String contentType, String apiKey, String body) {
    }

    @BeforeEach
    void startNodeDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            recorded.set(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("TRON-PRO-API-KEY"), new String(body, StandardCharsets.UTF_8)));
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        signed = SignedTronTransaction.sign(SignedTronTransactionTest.transfer(
                TronAddress.fromBase58(TestKeySigner.FIRST_TRON_ADDRESS)), TestKeySigner.tronAccount(0));
    }

    @AfterEach
    void stopNodeDouble() {
        server.stop(0);
    }

    @Test
    void broadcast_shouldPostJavaTronTransactionJson_whenBroadcasting() throws Exception {
        answer = "{\"result\":true,\"txid\":\"" + signed.txidHex() + "\"}";

        broadcaster(Optional.of("key-for-test")).broadcast(signed);

        Recorded request = recorded.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/wallet/broadcasttransaction");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.apiKey()).isEqualTo("key-for-test");
        JsonNode body = JSON.readTree(request.body());
        TronTransaction tx = signed.transaction();
        assertThat(body.get("visible").asBoolean(true)).isFalse();
        assertThat(body.get("txID").asText()).isEqualTo(tx.txidHex());
        assertThat(body.get("raw_data_hex").asText()).isEqualTo(tx.rawDataHex());
        assertThat(body.get("signature")).hasSize(1);
        assertThat(body.at("/signature/0").asText()).isEqualTo(signed.signatureHex());
        JsonNode raw = body.get("raw_data");
        assertThat(raw.get("ref_block_bytes").asText()).isEqualTo("28c3");
        assertThat(raw.get("ref_block_hash").asText()).isEqualTo("ce6d340282788569");
        assertThat(raw.get("expiration").asLong()).isEqualTo(tx.expirationMillis());
        assertThat(raw.get("timestamp").asLong()).isEqualTo(tx.timestampMillis());
        assertThat(raw.get("fee_limit").asLong()).isEqualTo(tx.feeLimitSun());
        JsonNode contract = raw.at("/contract/0");
        assertThat(raw.get("contract")).hasSize(1);
        assertThat(contract.get("type").asText()).isEqualTo("TriggerSmartContract");
        assertThat(contract.at("/parameter/type_url").asText()).isEqualTo("type.googleapis.com/protocol.TriggerSmartContract");
        JsonNode value = contract.at("/parameter/value");
        assertThat(value.get("owner_address").asText()).isEqualTo(tx.owner().toHex());
        assertThat(value.get("contract_address").asText()).isEqualTo("41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        assertThat(value.get("data").asText()).isEqualTo(HexFormat.of().formatHex(tx.contract().data()));
        assertThat(value.has("call_value")).isFalse();
    }

    @Test
    void broadcast_shouldReportAccepted_whenNodeAnswersResultTrue() {
        answer = "{\"result\":true,\"txid\":\"" + signed.txidHex() + "\"}";

        TronBroadcastResult result = broadcaster(Optional.empty()).broadcast(signed);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.txid()).isEqualTo(signed.txidHex());
        assertThat(result.inNetwork()).isTrue();
        assertThat(recorded.get().apiKey()).isNull();
    }

    @Test
    void broadcast_shouldReportRejectedWithDecodedMessage_whenNodeAnswersErrorCode() {
        String hexMessage = HexFormat.of().formatHex("Validate signature error".getBytes(StandardCharsets.UTF_8));
        answer = "{\"code\":\"SIGERROR\",\"txid\":\"" + signed.txidHex() + "\",\"message\":\"" + hexMessage + "\"}";

        TronBroadcastResult result = broadcaster(Optional.empty()).broadcast(signed);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("SIGERROR");
        assertThat(result.message()).isEqualTo("Validate signature error");
        assertThat(result.inNetwork()).isFalse();
    }

    @Test
    void broadcast_shouldReportAlreadyKnown_whenNodeHasTheTransaction() {
        answer = "{\"code\":\"DUP_TRANSACTION_ERROR\",\"txid\":\"" + signed.txidHex() + "\",\"message\":\"6475702074726169\"}";

        TronBroadcastResult result = broadcaster(Optional.empty()).broadcast(signed);

        assertThat(result.outcome()).isEqualTo(Outcome.ALREADY_KNOWN);
        assertThat(result.inNetwork()).isTrue();
    }

    @Test
    void broadcast_shouldReportTxidMismatch_whenNodeRebuiltAnotherTransaction() {
        answer = "{\"code\":\"SIGERROR\",\"txid\":\"" + "ab".repeat(32) + "\",\"message\":\"\"}";

        TronBroadcastResult result = broadcaster(Optional.empty()).broadcast(signed);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("TXID_MISMATCH");
    }

    @Test
    void broadcast_shouldReportNodeError_whenServletFailed() {
        answer = "{\"Error\":\"class java.lang.NullPointerException : null\"}";

        TronBroadcastResult result = broadcaster(Optional.empty()).broadcast(signed);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("NODE_ERROR");
    }

    @Test
    void broadcast_shouldThrowUnavailable_whenNodeAnswersHttpError() {
        status = 503;
        answer = "busy";

        assertThatThrownBy(() -> broadcaster(Optional.empty()).broadcast(signed))
                .isInstanceOf(TronNodeUnavailableException.class).hasMessageContaining("503");
    }

    @Test
    void broadcast_shouldThrowUnavailable_whenAnswerIsNotJson() {
        answer = "<html>gateway</html>";

        assertThatThrownBy(() -> broadcaster(Optional.empty()).broadcast(signed))
                .isInstanceOf(TronNodeUnavailableException.class);
    }

    @Test
    void broadcast_shouldThrowUnavailable_whenNodeIsUnreachable() {
        int port = server.getAddress().getPort();
        server.stop(0);
        TronHttpBroadcaster nowhere = new TronHttpBroadcaster(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2), Optional.empty(), new JsonCodec());

        assertThatThrownBy(() -> nowhere.broadcast(signed)).isInstanceOf(TronNodeUnavailableException.class);
    }

    private TronHttpBroadcaster broadcaster(Optional<String> apiKey) {
        return new TronHttpBroadcaster(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5), apiKey,
                new JsonCodec());
    }
}
