package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.core.CoreConfig;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.journal.Durability;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recent trades survive a restart: recovery's replay of the journal rebuilds them. */
class MarketDataRecoveryTest {
    private static final int BTC_USDT = 0;

    @TempDir
    Path data;

    @Test
    void recentTrades_shouldBeTheSameAfterARestart_whenRecoveryReplaysTheJournal() throws Exception {
        CoreConfig config = CoreConfig.defaults(data).withDurability(Durability.OS_PAGE_CACHE);
        MarketData before = new MarketData();
        try (MatchingCore core = MatchingCore.start(config, Clock.systemUTC(), before)) {
            for (Command definition : core.read(MarketCatalogue::missingDefinitions).get(10, TimeUnit.SECONDS)) {
                core.submit(definition).get(10, TimeUnit.SECONDS);
            }
            ServiceWorkload workload = new ServiceWorkload(11);
            List<Long> placed = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                var outcome = core.submit(workload.next(placed).command()).get(10, TimeUnit.SECONDS);
                if (outcome.events().stream().anyMatch(OutcomeEvent.Accepted.class::isInstance)) {
                    placed.add(outcome.orderId());
                }
            }
        }
        List<OutcomeEvent.Trade> traded = before.recentTrades(BTC_USDT, MarketData.RECENT_TRADES);
        assertThat(traded).as("the workload traded").hasSizeGreaterThan(10);

        MarketData after = new MarketData();
        try (MatchingCore restarted = MatchingCore.start(config, Clock.systemUTC(), after)) {
            assertThat(after.recentTrades(BTC_USDT, MarketData.RECENT_TRADES)).containsExactlyElementsOf(traded);
            assertThat(after.recentTrades(BTC_USDT, 5)).containsExactlyElementsOf(traded.subList(0, 5));
        }
    }
}
