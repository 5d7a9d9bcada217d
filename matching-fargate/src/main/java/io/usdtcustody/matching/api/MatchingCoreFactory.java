package io.usdtcustody.matching.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.matching.api.idempotency.IdempotentWrites;
import io.usdtcustody.matching.core.CoreConfig;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.core.OutcomeListener;
import io.usdtcustody.matching.core.OutcomeListeners;
import io.usdtcustody.matching.core.OutcomePublisher;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.events.KinesisEventStreamSink;
import io.usdtcustody.matching.events.TradingEventPublisher;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Starts the matching core when the service starts: recovery from the data directory
 * ({@code MATCHING_DATA_DIR}, a volume that outlives the task in AWS), then the catalogue's definitions if the
 * engine lacks them. Durable outcomes go to every {@link OutcomeListener} bean (market data); the core's journal
 * follower publishes every journaled outcome to Kinesis, at least once, unless {@code matching.events.enabled=false}.
 * Closed (queue drained, journal forced, the rest published for a bounded time) on shutdown.
 */
@Factory
public class MatchingCoreFactory {
    private static final String EVENTS_ENABLED = "matching.events.enabled";

    @Context // recover at start-up, before the server reports healthy, not on the first request
    @Bean(preDestroy = "close")
    MatchingCore matchingCore(@Value("${matching.data-dir:.run/matching}") String dataDirectory,
            @Value("${matching.durability:FSYNC_PER_BATCH}") Durability durability, List<OutcomeListener> listeners,
            Optional<TradingEventPublisher> publisher) throws Exception {
        CoreConfig config = CoreConfig.defaults(Path.of(dataDirectory)).withDurability(durability);
        MatchingCore core = MatchingCore.start(config, Clock.systemUTC(), OutcomeListeners.of(listeners),
                publisher.<OutcomePublisher>map(p -> p).orElse(OutcomePublisher.NONE));
        for (Command definition : core.read(MarketCatalogue::missingDefinitions).get(10, TimeUnit.SECONDS)) {
            core.submit(definition).get(10, TimeUnit.SECONDS);
        }
        return core;
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = EVENTS_ENABLED, notEquals = "false")
    KinesisClient kinesisClient() {
        return KinesisClient.create(); // region, credentials and endpoint from the SDK's default chain
    }

    @Singleton
    @Requires(property = EVENTS_ENABLED, notEquals = "false")
    TradingEventPublisher tradingEventPublisher(KinesisClient kinesis, JsonCodec codec, AccountDirectory accounts) {
        ResourceNaming naming = new ResourceNaming(System.getenv().getOrDefault(ResourceNaming.ENVIRONMENT_VARIABLE, ""));
        return new TradingEventPublisher(new KinesisEventStreamSink(kinesis), codec,
                new TradingEventPublisher.Streams(naming.stream(ResourceCatalogue.ORDER_EVENTS),
                        naming.stream(ResourceCatalogue.TRADE_EVENTS)),
                accounts::tenantOf, TradingEventPublisher.Backoff.DEFAULT);
    }

    /** The service's Idempotency-Key records, beside the journal in the data directory and as durable as it. */
    @Singleton
    @Bean(preDestroy = "close")
    IdempotentWrites idempotentWrites(@Value("${matching.data-dir:.run/matching}") String dataDirectory,
            @Value("${matching.durability:FSYNC_PER_BATCH}") Durability durability,
            @Value("${matching.idempotency.retention:24h}") Duration retention) {
        return IdempotentWrites.open(Path.of(dataDirectory, "idempotency", "keys.log"),
                durability == Durability.FSYNC_PER_BATCH, Clock.systemUTC(), retention);
    }

    @Singleton
    JsonCodec jsonCodec() {
        return new JsonCodec();
    }
}
