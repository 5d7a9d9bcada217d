package io.usdtcustody.functions.onboarding.custody.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the adapter maps what custody may answer — including what real custody cannot be made to answer on demand
 * (a 5xx, garbage, silence): a loopback server plays custody's answer shapes (the success and problem+json bodies
 * of its controllers). The happy paths against the real custody jar are in {@code OnboardingGatewayIT}.
 */
class HttpCustodyAccountsIT {
    private static final TenantId ACME = TenantId.of("acme");
    private HttpServer server;
    private final Map<String, String> seenHeaders = new ConcurrentHashMap<>();
    private volatile int status;
    private volatile String contentType;
    private volatile String body;
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestHeaders().forEach((name, values) -> seenHeaders.put(name.toLowerCase(), values.get(0)));
        seenHeaders.put("path", exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HttpCustodyAccounts custody() {
        return new HttpCustodyAccounts(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), new JsonCodec(),
                1_000, 1_000);
    }

    private void custodyAnswers(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    private static String problem(String code, int status, String detail) {
        return "{\"type\":\"https://errors.usdtcustody.io/x\",\"title\":\"t\",\"status\":" + status + ",\"detail\":\""
                + detail + "\",\"code\":\"" + code + "\"}";
    }

    @Test
    void depositAddress_shouldPostWithTheTenantCorrelationAndKey_andReadTheAddress() {
        custodyAnswers(200, "application/json", "{\"customerId\":\"c-1\",\"chain\":\"ETHEREUM\",\"address\":\"0xabc\"}");

        var address = custody().depositAddress(ACME, "c-1", Chain.ETHEREUM, "corr-1");

        assertThat(address.address()).isEqualTo("0xabc");
        assertThat(seenHeaders).containsEntry("path", "POST /v1/customers/c-1/deposit-addresses/ETHEREUM")
                .containsEntry("x-tenant-id", "acme").containsEntry("x-correlation-id", "corr-1")
                .containsEntry("content-type", "application/json").containsKey("idempotency-key");
    }

    @Test
    void refusals_shouldBeMappedForThisFunctionsCallers() {
        custodyAnswers(404, "application/problem+json", problem("NOT_FOUND", 404, "no account xpub is registered"));
        assertThatThrownBy(() -> custody().depositAddress(ACME, "c-1", Chain.TRON, "c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFLICT));

        custodyAnswers(415, "application/problem+json", problem("UNSUPPORTED_MEDIA_TYPE", 415, "bad type"));
        assertThatThrownBy(() -> custody().balances(ACME, "c-1", "c")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
            assertThat(e.detail()).doesNotContain("UNSUPPORTED_MEDIA_TYPE");
        });

        custodyAnswers(503, "application/problem+json", problem("UNAVAILABLE", 503, "busy"));
        assertThatThrownBy(() -> custody().balances(ACME, "c-1", "c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));

        custodyAnswers(200, "application/json", "not json");
        assertThatThrownBy(() -> custody().balances(ACME, "c-1", "c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));

        custodyAnswers(200, "application/json", "[{\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"available\":1.5,\"held\":\"0\"}]");
        assertThatThrownBy(() -> custody().balances(ACME, "c-1", "c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));
    }

    @Test
    void silenceOrNoServer_shouldBeUnavailable() {
        custodyAnswers(200, "application/json", "[]");
        delayMillis = 2_000;
        assertThatThrownBy(() -> custody().balances(ACME, "c-1", "c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));

        HttpCustodyAccounts nowhere = new HttpCustodyAccounts(URI.create("http://127.0.0.1:9"), new JsonCodec(), 500, 500);
        assertThatThrownBy(() -> nowhere.balances(ACME, "c-1", "c"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));
    }

    @Test
    void balances_shouldKeepCustodysDecimalStrings() {
        custodyAnswers(200, "application/json",
                "[{\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"available\":\"2500.000001\",\"held\":\"100.5\"}]");

        var balances = custody().balances(ACME, "c-1", "c");

        assertThat(balances).hasSize(1);
        assertThat(balances.get(0).available()).isEqualTo("2500.000001");
        assertThat(balances.get(0).held()).isEqualTo("100.5");
        assertThat(seenHeaders).containsEntry("path", "GET /v1/customers/c-1/balances");
    }
}
