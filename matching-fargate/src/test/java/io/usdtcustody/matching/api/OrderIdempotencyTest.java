package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The Idempotency-Key contract of the order writes, over HTTP, including across a restart of the service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderIdempotencyTest {
    private static final String TENANT = "tenant-idem";
    private static final String BUY = """
            {"account":"%s","symbol":"BTC-USDT","side":"BUY","type":"LIMIT","tif":"GTC","price":"%s","qty":"0.1"}""";

    @TempDir
    static Path root;

    private EmbeddedServer server;
    private ApiClient api;
    private long transfers;

    @BeforeAll
    void start() {
        server = start(root.resolve("shared"));
        api = new ApiClient(server.getPort());
    }

    @AfterAll
    void stop() {
        server.getApplicationContext().close();
    }

    @Test
    void place_shouldReplayTheOriginalStatusAndBody_whenSameKeyAndSameRequest() throws Exception {
        deposit(server, "replay1");
        HttpResponse<String> first = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("replay1", "20000.00"),
                "k-replay");
        HttpResponse<String> again = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("replay1", "20000.00"),
                "k-replay");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue(KeyedCommands.REPLAYED_HEADER)).hasValue("true");
        assertThat(api.send("GET", "/v1/books/BTC-USDT", null, null).body())
                .as("one order, not two").contains("{\"price\":\"20000.00\",\"qty\":\"0.1000\",\"orders\":1}");
    }

    @Test
    void place_shouldAnswer409AndChangeNothing_whenSameKeyCarriesAnotherRequest() throws Exception {
        deposit(server, "reuse1");
        api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("reuse1", "20001.00"), "k-reuse");

        HttpResponse<String> other = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("reuse1", "20002.00"),
                "k-reuse");

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(other.body()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(api.send("GET", "/v1/books/BTC-USDT", null, null).body()).doesNotContain("20002.00");
    }

    @Test
    void writes_shouldAnswer400ProblemAndChangeNothing_whenTheKeyIsMissingOrMalformed() throws Exception {
        deposit(server, "nokey1");
        String placed = api.send("POST", "/v1/orders", TENANT, BUY.formatted("nokey1", "20003.00")).body();
        String orderId = placed.replaceAll(".*\"orderId\":\"(\\d+)\".*", "$1");
        String order = "/v1/orders/" + orderId;

        HttpResponse<String> place = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("nokey1", "20004.00"),
                null);
        HttpResponse<String> cancel = api.sendKeyed("DELETE", order + "?account=nokey1&symbol=BTC-USDT", TENANT,
                null, null);
        HttpResponse<String> amend = api.sendKeyed("PATCH", order, TENANT,
                "{\"account\":\"nokey1\",\"symbol\":\"BTC-USDT\",\"qty\":\"0.05\"}", "with space");

        for (HttpResponse<String> refused : java.util.List.of(place, cancel, amend)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("content-type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("VALIDATION_FAILED").contains("Idempotency-Key");
        }
        assertThat(api.send("GET", order + "?account=nokey1&symbol=BTC-USDT", TENANT, null).body())
                .contains("\"remaining\":\"0.1000\"");
        assertThat(api.send("GET", "/v1/books/BTC-USDT", null, null).body()).doesNotContain("20004.00");
    }

    @Test
    void cancelAndAmend_shouldReplayTheirFirstAnswer_whenRetriedAfterTheOrderChanged() throws Exception {
        deposit(server, "retry1");
        String placed = api.send("POST", "/v1/orders", TENANT, BUY.formatted("retry1", "20005.00")).body();
        String order = "/v1/orders/" + placed.replaceAll(".*\"orderId\":\"(\\d+)\".*", "$1");
        String amendBody = "{\"account\":\"retry1\",\"symbol\":\"BTC-USDT\",\"qty\":\"0.05\"}";
        HttpResponse<String> amended = api.sendKeyed("PATCH", order, TENANT, amendBody, "k-amend");
        String cancelPath = order + "?account=retry1&symbol=BTC-USDT";
        HttpResponse<String> cancelled = api.sendKeyed("DELETE", cancelPath, TENANT, null, "k-cancel");

        HttpResponse<String> amendAgain = api.sendKeyed("PATCH", order, TENANT, amendBody, "k-amend");
        HttpResponse<String> cancelAgain = api.sendKeyed("DELETE", cancelPath, TENANT, null, "k-cancel");

        assertThat(amended.body()).contains("\"remaining\":\"0.0500\"");
        assertThat(amendAgain.statusCode()).as("not 404, though the order is gone").isEqualTo(200);
        assertThat(amendAgain.body()).isEqualTo(amended.body());
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
        assertThat(cancelAgain.statusCode()).isEqualTo(200);
        assertThat(cancelAgain.body()).isEqualTo(cancelled.body());
    }

    @Test
    void place_shouldReplayTheRefusal_whenTheFirstAttemptWasUnfunded() throws Exception {
        HttpResponse<String> unfunded = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("late1", "20006.00"),
                "k-unfunded");
        deposit(server, "late1");

        HttpResponse<String> again = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("late1", "20006.00"),
                "k-unfunded");

        assertThat(unfunded.statusCode()).isEqualTo(422);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(again.body()).isEqualTo(unfunded.body());
        assertThat(api.send("POST", "/v1/orders", TENANT, BUY.formatted("late1", "20006.00")).statusCode())
                .as("a new key is a new request").isEqualTo(201);
    }

    @Test
    void place_shouldTreatKeysPerTenant_whenAnotherTenantUsesTheSameKey() throws Exception {
        deposit(server, "scope1");
        deposit(server, "scope1", "tenant-other");

        HttpResponse<String> mine = api.sendKeyed("POST", "/v1/orders", TENANT, BUY.formatted("scope1", "20007.00"),
                "k-scope");
        HttpResponse<String> theirs = api.sendKeyed("POST", "/v1/orders", "tenant-other",
                BUY.formatted("scope1", "20008.00"), "k-scope");

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue(KeyedCommands.REPLAYED_HEADER)).isEmpty();
    }

    @Test
    void place_shouldReplayAfterARestart_whenAnsweredBeforeIt() throws Exception {
        Path data = root.resolve("restart");
        EmbeddedServer before = start(data);
        deposit(before, "restart1");
        HttpResponse<String> first = new ApiClient(before.getPort()).sendKeyed("POST", "/v1/orders", TENANT,
                BUY.formatted("restart1", "20009.00"), "k-restart");
        before.getApplicationContext().close();

        EmbeddedServer after = start(data);
        try {
            ApiClient restarted = new ApiClient(after.getPort());
            HttpResponse<String> again = restarted.sendKeyed("POST", "/v1/orders", TENANT,
                    BUY.formatted("restart1", "20009.00"), "k-restart");
            HttpResponse<String> other = restarted.sendKeyed("POST", "/v1/orders", TENANT,
                    BUY.formatted("restart1", "20010.00"), "k-restart");

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue(KeyedCommands.REPLAYED_HEADER)).hasValue("true");
            assertThat(other.statusCode()).isEqualTo(409);
            assertThat(restarted.send("GET", "/v1/books/BTC-USDT", null, null).body())
                    .contains("{\"price\":\"20009.00\",\"qty\":\"0.1000\",\"orders\":1}").doesNotContain("20010.00");
        } finally {
            after.getApplicationContext().close();
        }
    }

    private static EmbeddedServer start(Path data) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("matching.data-dir", data.toString(),
                "matching.durability", "OS_PAGE_CACHE", "matching.events.enabled", "false",
                "micronaut.server.port", "-1"));
    }

    private void deposit(EmbeddedServer target, String account) throws Exception {
        deposit(target, account, TENANT);
    }

    private void deposit(EmbeddedServer target, String account, String tenant) throws Exception {
        Command deposit = new Command().transfer(CommandType.DEPOSIT, 0, AccountIds.of(tenant, account),
                MarketCatalogue.USDT, 10_000_000_000L, 0x1de, ++transfers);
        target.getApplicationContext().getBean(MatchingCore.class).submit(deposit).get(10, TimeUnit.SECONDS);
    }
}
