package io.usdtcustody.matching.core;

import io.usdtcustody.matching.events.KinesisEventStreamSink;
import io.usdtcustody.matching.events.TradingEventPublisher;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The process {@link EventPublicationCrashIT} kills: a {@link MatchingCore} on a data directory whose journal
 * follower publishes to the local cloud's Kinesis streams (named by {@code RESOURCE_PREFIX}, endpoint and
 * credentials from the environment, as the service gets them). Prints {@code recovered <last sequence>}, then:
 * <ul>
 *   <li>{@code run}: submits the seeded command stream from the next command on, paced, printing
 *       {@code ack <sequence>} per durable acknowledgement, until killed;</li>
 *   <li>{@code drain}: submits nothing, waits until everything journaled is published, prints
 *       {@code published <sequence>} and exits.</li>
 * </ul>
 * Arguments: data directory, seed, commands between checkpoints, mode.
 */
public final class EventPublicationCrashDriver {
    static final String TENANT = "crash-tenant";
    private static final int MAX_IN_FLIGHT = 256;
    private static final int COMMANDS_PER_MILLISECOND = 3; // a steady flow, so kills land mid-publication

    private EventPublicationCrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int checkpointEvery = Integer.parseInt(args[2]);
        boolean drain = args[3].equals("drain");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.US_ASCII);
        System.setOut(System.err); // logs (logback's console appender, its status lines) to stderr: stdout is ours
        ResourceNaming naming = new ResourceNaming(System.getenv(ResourceNaming.ENVIRONMENT_VARIABLE));
        TradingEventPublisher publisher = new TradingEventPublisher(new KinesisEventStreamSink(KinesisClient.create()),
                new JsonCodec(), new TradingEventPublisher.Streams(naming.stream(ResourceCatalogue.ORDER_EVENTS),
                        naming.stream(ResourceCatalogue.TRADE_EVENTS)), account -> TENANT,
                new TradingEventPublisher.Backoff(Duration.ofMillis(50), Duration.ofSeconds(1)));
        Clock fixed = Clock.fixed(Instant.ofEpochSecond(0, ReferenceReplay.FIXED_TIME_NANOS), ZoneOffset.UTC);
        CoreConfig config = CoreConfig.defaults(data).withCheckpointEveryCommands(checkpointEvery);
        MatchingCore core = MatchingCore.start(config, fixed, outcome -> {
            out.println("ack " + outcome.sequence());
            out.flush();
        }, publisher);
        long recovered = core.recovery().lastSequence();
        out.println("recovered " + recovered);
        out.flush();
        if (drain) {
            while (core.publishedSequence() < recovered) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            out.println("published " + core.publishedSequence());
            out.flush();
            core.close();
            System.exit(0);
        }
        CoreCrashDriver.submitFrom(core, seed, recovered, MAX_IN_FLIGHT, COMMANDS_PER_MILLISECOND);
    }
}
