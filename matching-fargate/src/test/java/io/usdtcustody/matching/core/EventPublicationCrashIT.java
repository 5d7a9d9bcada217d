package io.usdtcustody.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.events.TradingEvents;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * kill -9 of a matching core that publishes to (local) Kinesis, again and again on the same data directory: an
 * {@link EventPublicationCrashDriver} in its own JVM takes a steady flow of deposits, orders, cancels and amends
 * while its journal follower publishes their events, and is SIGKILLed after a random number of acknowledgements
 * (with events journaled but not yet published, and batches half-sent). A last start only drains: it publishes
 * what the journal holds beyond the durable published-watermark. Then the test reads both streams from the start
 * and proves, against a reference engine that executed the journaled commands once each: after dedup by event
 * id, every order event (accepted, cancelled, amended, rejected) and every trade of every journaled command is
 * there exactly once, none missing and none extra. Iterations: {@code -Dmatching.events.crash.iterations=N}.
 */
@LocalCloudTest(Service.KINESIS)
class EventPublicationCrashIT {
    private static final int DEFAULT_ITERATIONS = 5;
    private static final long SEED = 67;
    private static final int CHECKPOINT_EVERY = 1_500;
    private static final long LINE_TIMEOUT_SECONDS = 120;

    @TempDir
    Path root;

    private final JsonCodec codec = new JsonCodec();

    @Test
    void killMinus9_whilePublishing_shouldPublishEveryJournaledOrderAndTradeExactlyOnceAfterDedup(CloudResources cloud,
            KinesisClient kinesis, ResourceNaming naming) throws Exception {
        int iterations = Integer.getInteger("matching.events.crash.iterations", DEFAULT_ITERATIONS);
        Random random = new Random(Long.getLong("matching.events.crash.seed", 7L));
        Path data = root.resolve("data");
        long acknowledged = 0;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            Driver driver = Driver.start(this, cloud, data, "run", iteration);
            try {
                long recovered = driver.recovered();
                assertThat(recovered).as("iteration %d: nothing acknowledged was lost", iteration)
                        .isGreaterThanOrEqualTo(acknowledged);
                int killAfter = 300 + random.nextInt(2_500);
                for (int acks = 0; acks < killAfter; acks++) {
                    acknowledged = Math.max(acknowledged, Long.parseLong(driver.nextLine("ack ").substring(4)));
                }
            } finally {
                driver.process.destroyForcibly(); // SIGKILL while commands, publishing and snapshots are in flight
                driver.process.waitFor();
            }
            System.out.printf("events crash iteration %d: acknowledged up to %d%n", iteration, acknowledged);
        }
        Driver drain = Driver.start(this, cloud, data, "drain", iterations + 1);
        long journaled;
        try {
            journaled = drain.recovered();
            assertThat(journaled).isGreaterThanOrEqualTo(acknowledged);
            assertThat(Long.parseLong(drain.nextLine("published ").substring(10))).isEqualTo(journaled);
            assertThat(drain.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            drain.process.destroyForcibly();
        }

        Expected expected = Expected.ofFirst(journaled);
        Map<UUID, EventEnvelope> trades = new HashMap<>();
        Map<UUID, EventEnvelope> orders = new HashMap<>();
        int tradeRecords = readAll(kinesis, naming.stream(ResourceCatalogue.TRADE_EVENTS), trades);
        int orderRecords = readAll(kinesis, naming.stream(ResourceCatalogue.ORDER_EVENTS), orders);
        System.out.printf("events crash: %d commands journaled; %d trades and %d order events expected; read %d trade "
                + "and %d order records (%d duplicates)%n", journaled, expected.trades.size(), expected.orders.size(),
                tradeRecords, orderRecords, tradeRecords + orderRecords - trades.size() - orders.size());

        assertThat(expected.trades).as("the stream traded").isNotEmpty();
        assertThat(trades.keySet()).as("trade event ids").containsExactlyInAnyOrderElementsOf(expected.trades.keySet());
        assertThat(orders.keySet()).as("order event ids").containsExactlyInAnyOrderElementsOf(expected.orders.keySet());
        trades.forEach((id, envelope) -> assertThat(codec.unwrap(envelope, TradingEvents.TRADE_EXECUTED))
                .as("trade %s", id).satisfies(t -> {
                    OutcomeEvent.Trade reference = expected.trades.get(id);
                    assertThat(t.takerOrderId()).isEqualTo(Long.toString(reference.takerOrderId()));
                    assertThat(t.makerOrderId()).isEqualTo(Long.toString(reference.makerOrderId()));
                    assertThat(t.sequence()).isEqualTo(id.getMostSignificantBits());
                }));
        orders.forEach((id, envelope) -> assertThat(codec.unwrap(envelope, TradingEvents.ORDER_EVENT))
                .as("order event %s", id).satisfies(o -> assertThat(o.change() + " " + o.orderId())
                        .isEqualTo(expected.orders.get(id))));
    }

    /** The events the reference engine gives for the first {@code journaled} commands, by event id. */
    private record Expected(Map<UUID, OutcomeEvent.Trade> trades, Map<UUID, String> orders) {
        static Expected ofFirst(long journaled) {
            MatchingEngine reference = new MatchingEngine(EngineConfig.DEFAULT);
            OutcomeRecorder recorder = new OutcomeRecorder();
            Iterator<Command> commands = CoreCrashDriver.stream(SEED);
            Map<UUID, OutcomeEvent.Trade> trades = new HashMap<>();
            Map<UUID, String> orders = new HashMap<>();
            for (long sequence = 1; sequence <= journaled; sequence++) {
                ReferenceReplay.execute(reference, commands.next(), recorder);
                List<OutcomeEvent> events = recorder.take();
                for (int i = 0; i < events.size(); i++) {
                    UUID id = new UUID(sequence, i);
                    OutcomeEvent event = events.get(i);
                    if (event instanceof OutcomeEvent.Trade trade) {
                        trades.put(id, trade);
                    } else if (event instanceof OutcomeEvent.Accepted a) {
                        orders.put(id, "ACCEPTED " + a.orderId());
                    } else if (event instanceof OutcomeEvent.Cancelled c) {
                        orders.put(id, "CANCELLED " + c.orderId());
                    } else if (event instanceof OutcomeEvent.Amended a) {
                        orders.put(id, "AMENDED " + a.orderId());
                    } else if (event instanceof OutcomeEvent.Rejected r && r.orderId() != 0) {
                        orders.put(id, "REJECTED " + r.orderId());
                    }
                }
            }
            return new Expected(trades, orders);
        }
    }

    /** Reads every record of the stream from the start into {@code byId}; returns how many records there were. */
    private int readAll(KinesisClient kinesis, String stream, Map<UUID, EventEnvelope> byId) {
        int records = 0;
        for (Shard shard : kinesis.listShards(r -> r.streamName(stream)).shards()) {
            String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse page = kinesis.getRecords(r -> r.shardIterator(current).limit(10_000));
                for (var record : page.records()) {
                    EventEnvelope envelope = codec.decodeEnvelope(record.data().asByteArray());
                    byId.putIfAbsent(envelope.eventId(), envelope);
                    records++;
                }
                boolean caughtUp = page.records().isEmpty()
                        && (page.millisBehindLatest() == null || page.millisBehindLatest() == 0);
                iterator = caughtUp ? null : page.nextShardIterator();
            }
        }
        return records;
    }

    /** One driver JVM and its output lines. */
    private record Driver(Process process, BlockingQueue<String> lines, Path stderr) {
        static Driver start(EventPublicationCrashIT test, CloudResources cloud, Path data, String mode, int iteration)
                throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path stderr = test.root.resolve("driver-" + iteration + ".err");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    EventPublicationCrashDriver.class.getName(), data.toString(), Long.toString(SEED),
                    Integer.toString(CHECKPOINT_EVERY), mode).redirectError(stderr.toFile());
            builder.environment().putAll(cloud.environment());
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread pump = new Thread(() -> CoreCrashIT.pump(process, lines), "driver-stdout");
            pump.setDaemon(true);
            pump.start();
            return new Driver(process, lines, stderr);
        }

        long recovered() throws Exception {
            return Long.parseLong(nextLine("recovered ").substring(10));
        }

        /** The next line that starts with {@code prefix} (others are skipped). */
        String nextLine(String prefix) throws Exception {
            while (true) {
                String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (line == null || line.equals("<eof>")) {
                    process.destroyForcibly();
                    fail("the driver stopped talking (alive: %s); its stderr:%n%s", process.isAlive(),
                            CoreCrashIT.tail(stderr));
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
    }
}
