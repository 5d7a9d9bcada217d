package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingApiTest implements TestPropertyProvider {
    private static final String TENANT = "tenant-a";

    @Inject
    EmbeddedServer server;
    @Inject
    MatchingCore core;
    @Inject
    AccountDirectory accounts;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("matching.data-dir", Files.createTempDirectory("matching-api").toString(),
                    "matching.durability", "OS_PAGE_CACHE", "matching.events.enabled", "false",
                    "matching.transfers.direct-credits", "true");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void place_shouldRestThenTrade_andShowInBookTradesAndBalances() throws Exception {
        deposit("seller1", MarketCatalogue.BTC, 100_000_000L, 1); // 1 BTC
        deposit("buyer1", MarketCatalogue.USDT, 100_000_000_000L, 2); // 100,000 USDT

        HttpResponse<String> sell = send("POST", "/v1/orders", TENANT, """
                {"account":"seller1","symbol":"BTC-USDT","side":"SELL","type":"LIMIT","tif":"GTC","price":"30000.00","qty":"0.5"}""");
        assertThat(sell.statusCode()).isEqualTo(201);
        assertThat(sell.body()).contains("\"status\":\"RESTING\"").contains("\"remaining\":\"0.5000\"");

        HttpResponse<String> book = send("GET", "/v1/books/BTC-USDT", null, null);
        assertThat(book.body()).contains("\"asks\":[{\"price\":\"30000.00\",\"qty\":\"0.5000\",\"orders\":1}]");

        HttpResponse<String> buy = send("POST", "/v1/orders", TENANT, """
                {"account":"buyer1","symbol":"BTC-USDT","side":"BUY","type":"MARKET","qty":"0.2"}""");
        assertThat(buy.statusCode()).isEqualTo(201);
        assertThat(buy.body()).contains("\"status\":\"FILLED\"").contains("\"price\":\"30000.00\"")
                .contains("\"qty\":\"0.2000\"");

        assertThat(send("GET", "/v1/trades/BTC-USDT", null, null).body())
                .contains("\"price\":\"30000.00\",\"qty\":\"0.2000\",\"takerSide\":\"BUY\"");
        assertThat(send("GET", "/v1/accounts/seller1/balances", TENANT, null).body())
                .contains("{\"asset\":\"BTC\",\"available\":\"0.50000000\",\"reserved\":\"0.30000000\"}");
    }

    @Test
    void cancel_shouldLeaveTheBook_andOtherTenantsShouldNotSeeTheOrder() throws Exception {
        deposit("maker2", MarketCatalogue.USDT, 10_000_000_000L, 3);
        String placed = send("POST", "/v1/orders", TENANT, """
                {"account":"maker2","symbol":"ETH-USDT","side":"BUY","type":"LIMIT","tif":"GTC","price":"2000.00","qty":"1"}""")
                .body();
        String orderId = placed.replaceAll(".*\"orderId\":\"(\\d+)\".*", "$1");

        assertThat(send("GET", "/v1/orders/" + orderId + "?account=maker2&symbol=ETH-USDT", "tenant-b", null)
                .statusCode()).as("another tenant's account of the same name is another account").isEqualTo(404);
        assertThat(send("GET", "/v1/orders/" + orderId + "?account=maker2&symbol=ETH-USDT", TENANT, null).body())
                .contains("\"side\":\"BUY\"").contains("\"remaining\":\"1.0000\"");

        HttpResponse<String> cancelled = send("DELETE", "/v1/orders/" + orderId + "?account=maker2&symbol=ETH-USDT",
                TENANT, null);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"").contains("CANCELLED_BY_ACCOUNT");
        assertThat(send("DELETE", "/v1/orders/" + orderId + "?account=maker2&symbol=ETH-USDT", TENANT, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void liveTrades_shouldStreamEachFillAsAServerSentEvent() throws Exception {
        deposit("sse-seller", MarketCatalogue.ETH, 100_000_000L, 11);
        deposit("sse-buyer", MarketCatalogue.USDT, 10_000_000_000L, 12);
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        var stream = new ApiClient(server.getPort()).subscribe("/v1/market-data/ETH-USDT/trades", lines);
        Thread.sleep(300); // the subscription is registered before the trade happens

        send("POST", "/v1/orders", TENANT, """
                {"account":"sse-seller","symbol":"ETH-USDT","side":"SELL","type":"LIMIT","tif":"GTC","price":"2500.00","qty":"0.3"}""");
        send("POST", "/v1/orders", TENANT, """
                {"account":"sse-buyer","symbol":"ETH-USDT","side":"BUY","type":"LIMIT","tif":"IOC","price":"2500.00","qty":"0.3"}""");

        String data = null;
        for (String line = lines.poll(10, TimeUnit.SECONDS); line != null; line = lines.poll(10, TimeUnit.SECONDS)) {
            if (line.startsWith("data:")) {
                data = line;
                break;
            }
        }
        stream.cancel(true);
        assertThat(data).contains("\"symbol\":\"ETH-USDT\"").contains("\"price\":\"2500.00\"")
                .contains("\"qty\":\"0.3000\"").contains("\"takerSide\":\"BUY\"");
    }

    @Test
    void reads_shouldRecordNoAccount_whileWritesDo() throws Exception {
        assertThat(send("GET", "/v1/accounts/ghost/balances", TENANT, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v1/orders/1?account=ghost&symbol=BTC-USDT", TENANT, null).statusCode()).isEqualTo(404);
        assertThat(accounts.tenantOf(AccountIds.of(TENANT, "ghost"))).isEqualTo(AccountDirectory.UNATTRIBUTED);

        send("POST", "/v1/orders", TENANT, """
                {"account":"ghost","symbol":"BTC-USDT","side":"BUY","type":"LIMIT","tif":"GTC","price":"1.00","qty":"1"}""");
        assertThat(accounts.tenantOf(AccountIds.of(TENANT, "ghost"))).as("a write names it").isEqualTo(TENANT);
    }

    @Test
    void transfer_shouldApplyOncePerTransferId() throws Exception {
        String body = """
                {"transferId":"6f1c2a3e-0000-4000-8000-000000000001","account":"saver","asset":"USDT","amount":"12.5","direction":"DEPOSIT"}""";
        assertThat(send("POST", "/v1/transfers", TENANT, body).body()).contains("\"status\":\"APPLIED\"");
        assertThat(send("POST", "/v1/transfers", TENANT, body).body()).contains("\"status\":\"ALREADY_APPLIED\"");

        assertThat(send("GET", "/v1/accounts/saver/balances", TENANT, null).body())
                .contains("{\"asset\":\"USDT\",\"available\":\"12.500000\",\"reserved\":\"0.000000\"}");
        assertThat(send("POST", "/v1/transfers", TENANT, body.replace("DEPOSIT", "SIDEWAYS")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void place_shouldAnswerProblemJson_whenUnfundedOrInvalidOrWithoutTenant() throws Exception {
        String order = """
                {"account":"poor","symbol":"BTC-USDT","side":"BUY","type":"LIMIT","tif":"GTC","price":"30000.00","qty":"1"}""";
        HttpResponse<String> unfunded = send("POST", "/v1/orders", TENANT, order);
        assertThat(unfunded.statusCode()).isEqualTo(422);
        assertThat(unfunded.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(unfunded.body()).contains("INSUFFICIENT_FUNDS");

        assertThat(send("POST", "/v1/orders", null, order).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/v1/orders", TENANT, order.replace("30000.00", "30000.001")).body())
                .contains("VALIDATION_FAILED").contains("price");
        assertThat(send("GET", "/v1/books/NOPE-USDT", null, null).statusCode()).isEqualTo(404);
    }

    private void deposit(String account, int asset, long amount, long transferId) throws Exception {
        Command deposit = new Command().transfer(CommandType.DEPOSIT, 0, AccountIds.of(TENANT, account), asset,
                amount, 7, transferId);
        core.submit(deposit).get(10, TimeUnit.SECONDS);
    }

    private HttpResponse<String> send(String method, String path, String tenant, String body) throws Exception {
        return new ApiClient(server.getPort()).send(method, path, tenant, body);
    }
}
