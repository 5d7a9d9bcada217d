package io.usdtcustody.matching.api;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.matching.api.depth.DepthFeed;
import io.usdtcustody.matching.api.depth.DepthLevels;
import io.usdtcustody.matching.core.MatchingCore;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The depth feed, reading books through the core it listens to (looked up on first read: the core is built with
 * the feed among its listeners). {@code matching.market-data.depth-pause} bounds how often it reads.
 */
@Factory
public class MarketDataFactory {

    @Singleton
    @Bean(preDestroy = "close")
    DepthFeed depthFeed(BeanProvider<MatchingCore> core,
            @Value("${matching.market-data.depth-pause:5ms}") Duration pause) {
        return new DepthFeed(symbolId -> core.get().read(engine -> DepthLevels.of(engine.book(symbolId),
                DepthFeed.LEVELS)), pause);
    }
}
