package io.usdtcustody.matching.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.CoreConfig;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the matching core when the service starts: recovery from the data directory
 * ({@code MATCHING_DATA_DIR}, a volume that outlives the task in AWS), then the catalogue's definitions if the
 * engine lacks them. Outcomes go to the market-data feed once durable. Closed (queue drained, journal forced)
 * on shutdown.
 */
@Factory
public class MatchingCoreFactory {

    @Context // recover at start-up, before the server reports healthy, not on the first request
    @Bean(preDestroy = "close")
    MatchingCore matchingCore(@Value("${matching.data-dir:.run/matching}") String dataDirectory,
            @Value("${matching.durability:FSYNC_PER_BATCH}") Durability durability, MarketData marketData)
            throws Exception {
        CoreConfig config = CoreConfig.defaults(Path.of(dataDirectory)).withDurability(durability);
        MatchingCore core = MatchingCore.start(config, Clock.systemUTC(), marketData);
        List<Command> definitions = core.read(MarketCatalogue::missingDefinitions).get(10, TimeUnit.SECONDS);
        for (Command definition : definitions) {
            CompletableFuture<CommandOutcome> defined = core.submit(definition);
            defined.get(10, TimeUnit.SECONDS);
        }
        return core;
    }

    @Singleton
    JsonCodec jsonCodec() {
        return new JsonCodec();
    }
}
