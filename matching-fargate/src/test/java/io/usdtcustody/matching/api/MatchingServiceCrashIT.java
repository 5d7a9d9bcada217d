package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.usdtcustody.matching.MatchingApplication;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.json.JsonCodec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the matching service mid-stream, again and again on the same data directory. The service runs in
 * its own JVM ({@link MatchingApplication}, journal forced per batch); the test deposits over HTTP, then sends
 * places, market orders and cancels one at a time, and checks every answer against a reference engine that
 * executes the same commands directly. At a random point it SIGKILLs the service while a request is in flight,
 * restarts it on the same directory, and proves from every account's balances (available and reserved, in
 * every asset: each trade moves them, each resting order reserves them) that the restarted service holds
 * exactly the acknowledged commands, once each — plus, at most, the one request the kill cut off, which was
 * never acknowledged and so may have landed or not. Order ids continue where the reference says they must.
 * Every order write carries an Idempotency-Key: after each restart the last acknowledged one, sent again, must
 * get its first answer back unchanged, and the cut-off one must replay, be refused as cut off, or run once,
 * never land twice.
 *
 * <p>Iterations: {@code -Dmatching.service.crash.iterations=N} (default {@value #DEFAULT_ITERATIONS}).
 */
class MatchingServiceCrashIT {
    private static final int DEFAULT_ITERATIONS = 10;
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"(\\d+)\"");

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonCodec codec = new JsonCodec();
    private final ServiceWorkload workload = new ServiceWorkload(20_261_125L);
    private final List<Long> placed = new ArrayList<>();
    private ServiceWorkload.Step lastKeyed;
    private HttpResponse<String> lastKeyedAnswer;
    private MatchingEngine reference = new MatchingEngine(EngineConfig.DEFAULT);
    private long fills;

    @Test
    void killMinus9_midStream_shouldLoseOrDoubleNoAcknowledgedOrderOrTrade() throws Exception {
        int iterations = Integer.getInteger("matching.service.crash.iterations", DEFAULT_ITERATIONS);
        Random random = new Random(6);
        MarketCatalogue.missingDefinitions(reference).forEach(c -> reference.execute(c, EngineEvents.NONE));
        Path data = root.resolve("data");
        ServiceWorkload.Step inFlight = null;
        int acknowledged = 0;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            int port = freePort();
            Process service = start(data, port, iteration);
            try {
                awaitHealthy(service, port, iteration);
                if (inFlight != null) {
                    settle(inFlight, port, iteration);
                }
                assertBalancesEqualReference(port, "iteration " + iteration + " after restart");
                replayLastAcknowledged(port, iteration);
                int killAfter = 100 + random.nextInt(400);
                inFlight = null;
                for (int sent = 0; inFlight == null; sent++) {
                    if (sent == killAfter) { // SIGKILL from another thread, while this one has a request in flight
                        CompletableFuture.runAsync(service::destroyForcibly);
                    }
                    ServiceWorkload.Step step = workload.next(placed);
                    HttpResponse<String> response;
                    try {
                        response = send(port, step);
                    } catch (IOException e) {
                        inFlight = step; // never acknowledged: it may or may not have been journaled
                        continue;
                    }
                    check(step, response);
                    acknowledged++;
                    if (step.idempotencyKey() != null) {
                        lastKeyed = step;
                        lastKeyedAnswer = response;
                    }
                }
                service.waitFor();
                System.out.printf("matching service crash iteration %d: %d requests and %d fills acknowledged in "
                        + "total, one cut off%n", iteration, acknowledged, fills);
            } finally {
                service.destroyForcibly();
            }
        }
        int port = freePort();
        Process last = start(data, port, iterations + 1);
        try {
            awaitHealthy(last, port, iterations + 1);
            settle(inFlight, port, iterations + 1);
            assertBalancesEqualReference(port, "final restart");
            assertThat(fills).as("orders traded").isPositive();
        } finally {
            last.destroyForcibly();
        }
    }

    /** The acknowledged answer is what the reference engine does with the same command. */
    private void check(ServiceWorkload.Step step, HttpResponse<String> response) {
        ResultCode code = execute(reference, step.command());
        boolean applied = code == ResultCode.SUCCESS || code == ResultCode.TRANSFER_ALREADY_APPLIED;
        assertThat(response.statusCode() / 100 == 2).as("%s %s -> %d %s (reference %s)", step.method(), step.path(),
                response.statusCode(), response.body(), code).isEqualTo(applied);
        if (applied && step.command().type == CommandType.PLACE) {
            Matcher id = ORDER_ID.matcher(response.body());
            assertThat(id.find()).isTrue();
            assertThat(Long.parseLong(id.group(1))).as("order id").isEqualTo(reference.lastOrderId());
            placed.add(reference.lastOrderId());
            fills += response.body().split("\"makerOrderId\"", -1).length - 1;
        }
    }

    /**
     * Decides whether the cut-off request landed (the restarted state must be one of the two), then sends it
     * again under its Idempotency-Key: an answered key replays its answer, a key claimed but cut off before its
     * answer is refused (409) and changes nothing, and a key the kill took before its claim was durable runs now,
     * once. Either way the balances must still be the reference's.
     */
    private void settle(ServiceWorkload.Step inFlight, int port, int iteration) throws Exception {
        if (inFlight == null) {
            return;
        }
        boolean landed = !balancesMatch(port, reference);
        if (landed) {
            MatchingEngine withIt = MatchingEngine.restore(reference.snapshot());
            execute(withIt, inFlight.command());
            if (!balancesMatch(port, withIt)) {
                fail("iteration %d: the restarted service matches neither the acknowledged commands nor them plus "
                        + "the one in flight", iteration);
            }
            adopt(withIt, inFlight);
        }
        if (inFlight.idempotencyKey() == null) {
            return; // a transfer: its transfer id is its idempotency key, in the engine
        }
        HttpResponse<String> retry = send(port, inFlight);
        System.out.printf("iteration %d: the cut-off %s %s (landed: %s) retried under its key -> %d%s%n", iteration,
                inFlight.method(), inFlight.path(), landed, retry.statusCode(),
                retry.headers().firstValue(KeyedCommands.REPLAYED_HEADER).map(r -> " replayed").orElse(""));
        if (retry.headers().firstValue(KeyedCommands.REPLAYED_HEADER).isPresent()) {
            if (!landed) { // answered, so journaled: it landed without moving a balance (an IOC that took nothing)
                MatchingEngine withIt = MatchingEngine.restore(reference.snapshot());
                execute(withIt, inFlight.command());
                adopt(withIt, inFlight);
            }
        } else if (retry.statusCode() == 409) {
            assertThat(retry.body()).as("iteration %d: cut-off retry", iteration).contains("\"code\":\"CONFLICT\"");
        } else {
            assertThat(landed).as("iteration %d: a retry of a request that landed ran again: %s", iteration,
                    retry.body()).isFalse();
            check(inFlight, retry);
        }
        assertBalancesEqualReference(port, "iteration " + iteration + " after retrying the cut-off request");
    }

    /** The last acknowledged order write, sent again after the kill under its key, gets its first answer back. */
    private void replayLastAcknowledged(int port, int iteration) throws Exception {
        if (lastKeyed == null) {
            return;
        }
        HttpResponse<String> again = send(port, lastKeyed);
        assertThat(again.headers().firstValue(KeyedCommands.REPLAYED_HEADER)).as("iteration %d: %s %s replayed",
                iteration, lastKeyed.method(), lastKeyed.path()).hasValue("true");
        assertThat(again.statusCode()).isEqualTo(lastKeyedAnswer.statusCode());
        assertThat(again.body()).isEqualTo(lastKeyedAnswer.body());
        assertBalancesEqualReference(port, "iteration " + iteration + " after replaying the last answer");
        lastKeyed = null;
    }

    private void adopt(MatchingEngine withIt, ServiceWorkload.Step inFlight) {
        boolean newOrder = withIt.lastOrderId() > reference.lastOrderId();
        reference = withIt;
        if (inFlight.command().type == CommandType.PLACE && newOrder) {
            placed.add(reference.lastOrderId());
        }
    }

    private static ResultCode execute(MatchingEngine engine, Command step) {
        Command command = new Command().copyFrom(step);
        if (command.type == CommandType.PLACE) {
            command.orderId = engine.lastOrderId() + 1; // as the sequencer stamps it
        }
        return engine.execute(command, EngineEvents.NONE);
    }

    private void assertBalancesEqualReference(int port, String when) throws Exception {
        for (String account : ServiceWorkload.ACCOUNTS) {
            assertThat(get(port, "/v1/accounts/" + account + "/balances")).as("%s: balances of %s", when, account)
                    .isEqualTo(expectedBalances(reference, account));
        }
    }

    private boolean balancesMatch(int port, MatchingEngine engine) throws Exception {
        for (String account : ServiceWorkload.ACCOUNTS) {
            if (!get(port, "/v1/accounts/" + account + "/balances").equals(expectedBalances(engine, account))) {
                return false;
            }
        }
        return true;
    }

    private String expectedBalances(MatchingEngine engine, String account) {
        long id = AccountIds.of(ServiceWorkload.TENANT, account);
        List<ApiViews.Balance> balances = new ArrayList<>();
        for (AssetSpec asset : MarketCatalogue.assets(engine)) {
            balances.add(new ApiViews.Balance(asset.name(), Decimals.format(engine.available(id, asset.assetId()),
                    asset.scale()), Decimals.format(engine.reserved(id, asset.assetId()), asset.scale())));
        }
        return new String(codec.write(new ApiViews.Balances(account, balances)));
    }

    private Process start(Path data, int port, int iteration) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), MatchingApplication.class.getName())
                .redirectErrorStream(true).redirectOutput(root.resolve("service-" + iteration + ".log").toFile());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        builder.environment().put("MATCHING_DATA_DIR", data.toString());
        builder.environment().put("MATCHING_EVENTS_ENABLED", "false");
        builder.environment().put("MATCHING_TRANSFERS_DIRECT_CREDITS", "true"); // the workload funds accounts this way
        return builder.start();
    }

    private void awaitHealthy(Process service, int port, int iteration) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("the service did not become healthy (alive: %s); its log:%n%s", service.isAlive(),
                Files.readString(root.resolve("service-" + iteration + ".log")));
    }

    private HttpResponse<String> send(int port, ServiceWorkload.Step step) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + step.path()))
                .method(step.method(), step.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(step.body()))
                .header("Content-Type", "application/json").header(AccountIds.TENANT_HEADER, ServiceWorkload.TENANT)
                .timeout(Duration.ofSeconds(30));
        if (step.idempotencyKey() != null) {
            request.header(ApiSpec.IDEMPOTENCY_KEY_HEADER, step.idempotencyKey());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(AccountIds.TENANT_HEADER, ServiceWorkload.TENANT).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
