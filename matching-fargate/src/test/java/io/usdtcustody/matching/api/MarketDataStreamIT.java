package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market-data streams over real HTTP: the service on its Netty server, a plain JDK HTTP client reading
 * server-sent events. Orders go in through the API; the depth stream must show each change as numbered level
 * updates after its snapshot, the trade stream each fill, and the book read over HTTP must agree with both.
 */
class MarketDataStreamIT {
    private static final String TENANT = "md-tenant";
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");

    @TempDir
    Path data;

    private EmbeddedServer server;
    private ApiClient api;
    private final List<CompletableFuture<Void>> streams = new ArrayList<>();

    /** One server-sent event: its name and data line. */
    private record Sse(String event, String data) {
        long sequence() {
            Matcher matcher = SEQUENCE.matcher(data);
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }
    }

    @BeforeEach
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("matching.data-dir", data.toString(),
                "matching.durability", "OS_PAGE_CACHE", "matching.events.enabled", "false",
                "matching.market-data.depth-pause", "0ms", "micronaut.server.port", "-1"));
        api = new ApiClient(server.getPort());
    }

    @AfterEach
    void stop() {
        streams.forEach(stream -> stream.cancel(true));
        server.getApplicationContext().close();
    }

    @Test
    void streams_shouldSendDepthSnapshotThenNumberedLevelUpdatesAndTrades_whenOrdersRestAndTrade() throws Exception {
        deposit("maker", MarketCatalogue.BTC, 100_000_000L, 1);
        deposit("taker", MarketCatalogue.USDT, 100_000_000_000L, 2);
        BlockingQueue<Sse> depth = subscribe("/v1/market-data/BTC-USDT/depth");
        BlockingQueue<Sse> trades = subscribe("/v1/market-data/BTC-USDT/trades");
        Sse snapshot = next(depth);

        placeOrder("maker", "SELL", "LIMIT", "\"tif\":\"GTC\",\"price\":\"30000.00\",\"qty\":\"0.5\"");
        Sse rested = next(depth);
        placeOrder("taker", "BUY", "MARKET", "\"qty\":\"0.2\"");
        Sse traded = next(depth);
        Sse trade = next(trades);

        assertThat(snapshot.event()).isEqualTo("snapshot");
        assertThat(snapshot.data()).contains("\"type\":\"snapshot\"").contains("\"bids\":[],\"asks\":[]");
        assertThat(rested.event()).isEqualTo("depth");
        assertThat(rested.sequence()).isEqualTo(snapshot.sequence() + 1);
        assertThat(rested.data()).contains("\"asks\":[{\"price\":\"30000.00\",\"qty\":\"0.5000\",\"orders\":1}]");
        assertThat(traded.sequence()).isEqualTo(rested.sequence() + 1);
        assertThat(traded.data()).contains("\"asks\":[{\"price\":\"30000.00\",\"qty\":\"0.3000\",\"orders\":1}]");
        assertThat(trade.event()).isEqualTo("trade");
        assertThat(trade.data()).contains("\"price\":\"30000.00\"").contains("\"qty\":\"0.2000\"")
                .contains("\"takerSide\":\"BUY\"");
        assertThat(api.send("GET", "/v1/books/BTC-USDT", null, null).body())
                .as("the book over HTTP carries the number of the last update")
                .contains("\"sequence\":" + traded.sequence())
                .contains("\"asks\":[{\"price\":\"30000.00\",\"qty\":\"0.3000\",\"orders\":1}]");
    }

    @Test
    void depthStream_shouldReportARemovedLevelWithQuantityZero_whenItsLastOrderIsCancelled() throws Exception {
        deposit("canceller", MarketCatalogue.USDT, 100_000_000_000L, 3);
        BlockingQueue<Sse> depth = subscribe("/v1/market-data/ETH-USDT/depth");
        next(depth);
        String placed = placeOrder("canceller", "BUY", "LIMIT", "\"tif\":\"GTC\",\"price\":\"2000.00\",\"qty\":\"1\"");
        String orderId = placed.replaceAll(".*\"orderId\":\"(\\d+)\".*", "$1");
        next(depth);

        api.send("DELETE", "/v1/orders/" + orderId + "?account=canceller&symbol=ETH-USDT", TENANT, null);
        Sse removed = next(depth);

        assertThat(removed.data()).contains("\"bids\":[{\"price\":\"2000.00\",\"qty\":\"0.0000\",\"orders\":0}]");
        assertThat(api.send("GET", "/v1/market-data/NOPE-USDT/depth", null, null).statusCode()).isEqualTo(404);
    }

    private String placeOrder(String account, String side, String type, String rest) throws Exception {
        return api.send("POST", "/v1/orders", TENANT, "{\"account\":\"" + account + "\",\"symbol\":\""
                + (rest.contains("2000.00") ? "ETH-USDT" : "BTC-USDT") + "\",\"side\":\"" + side + "\",\"type\":\""
                + type + "\"," + rest + "}").body();
    }

    private BlockingQueue<Sse> subscribe(String path) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        streams.add(api.subscribe(path, lines));
        BlockingQueue<Sse> events = new LinkedBlockingQueue<>();
        Thread parser = new Thread(() -> {
            String event = null;
            try {
                while (true) {
                    String line = lines.take();
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        events.add(new Sse(event, line.substring(5).trim()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sse-parser");
        parser.setDaemon(true);
        parser.start();
        return events;
    }

    private static Sse next(BlockingQueue<Sse> events) throws InterruptedException {
        Sse event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }

    private void deposit(String account, int asset, long amount, long transferId) throws Exception {
        Command deposit = new Command().transfer(CommandType.DEPOSIT, 0, AccountIds.of(TENANT, account), asset,
                amount, 0x5d, transferId);
        server.getApplicationContext().getBean(MatchingCore.class).submit(deposit).get(10, TimeUnit.SECONDS);
    }
}
