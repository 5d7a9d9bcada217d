package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.usdtcustody.matching.core.CoreConfig;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.events.EventStreamSink;
import io.usdtcustody.matching.events.TradingEventPublisher;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The plain-Java core, journal and events log through {@link System.Logger}; in the service that goes through
 * SLF4J to logback, the service's JSON lines, and at INFO and above it names no account or tenant.
 */
class CoreLoggingTest {
    @TempDir
    Path data;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger matching = (Logger) LoggerFactory.getLogger("io.usdtcustody.matching");

    @BeforeEach
    void capture() {
        captured.start();
        matching.addAppender(captured);
    }

    @AfterEach
    void release() {
        matching.detachAppender(captured);
    }

    @Test
    void systemLogger_shouldReachLogbackWithoutAccountsOrTenants_whenTheCoreRunsAndKinesisFails() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(ServiceWorkload.TENANT));
        ServiceWorkload.ACCOUNTS.forEach(a -> secrets.add(Long.toString(AccountIds.of(ServiceWorkload.TENANT, a))));
        int[] calls = {0};
        EventStreamSink flaky = (stream, batch) -> {
            if (calls[0]++ < 2) {
                throw new IllegalStateException("Kinesis is unavailable");
            }
            return trueFor(batch.size());
        };
        TradingEventPublisher publisher = new TradingEventPublisher(flaky, new JsonCodec(),
                new TradingEventPublisher.Streams("o", "t"), account -> ServiceWorkload.TENANT,
                new TradingEventPublisher.Backoff(Duration.ofMillis(1), Duration.ofMillis(5)));
        CoreConfig config = CoreConfig.defaults(data).withDurability(Durability.OS_PAGE_CACHE)
                .withCheckpointEveryCommands(50);

        try (MatchingCore core = MatchingCore.start(config, Clock.systemUTC(), outcome -> { }, publisher)) {
            for (Command definition : core.read(MarketCatalogue::missingDefinitions).get(10, TimeUnit.SECONDS)) {
                core.submit(definition).get(10, TimeUnit.SECONDS);
            }
            ServiceWorkload workload = new ServiceWorkload(5);
            for (int i = 0; i < 120; i++) {
                core.submit(workload.next(List.of()).command()).get(10, TimeUnit.SECONDS);
            }
        }

        assertThat(captured.list).extracting(ILoggingEvent::getLoggerName)
                .as("core, follower and publisher log through logback")
                .contains("io.usdtcustody.matching.core.MatchingCore",
                        "io.usdtcustody.matching.core.JournalFollower",
                        "io.usdtcustody.matching.events.TradingEventPublisher");
        assertThat(captured.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .extracting(CoreLoggingTest::text)
                .allSatisfy(line -> assertThat(line).doesNotContain(secrets.toArray(String[]::new)));
    }

    private static String text(ILoggingEvent event) {
        return event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                : " " + event.getThrowableProxy().getMessage());
    }

    private static boolean[] trueFor(int size) {
        boolean[] stored = new boolean[size];
        java.util.Arrays.fill(stored, true);
        return stored;
    }
}
