package io.usdtcustody.matching.api;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.core.OutcomeListener;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The market-data side of durable outcomes: the last {@value #RECENT_TRADES} trades per symbol for
 * {@code GET /v1/trades/{symbol}}, and a live stream of trades for the SSE feed. After a restart the recent trades
 * are rebuilt from what recovery replays (the trades of the journal since the snapshot it started from, up to
 * {@value #RECENT_TRADES} per symbol; older ones are not kept in snapshots). It runs on the core's
 * acknowledging thread, never the matching thread; a slow SSE subscriber gets its own bounded buffer and is
 * dropped when it overflows (it can reconnect and read recent trades), so no subscriber can hold matching or
 * acknowledgements up.
 */
@Singleton
public class MarketData implements OutcomeListener {
    static final int RECENT_TRADES = 1_000;
    private static final int SUBSCRIBER_BUFFER = 4_096;

    private final Map<Integer, Deque<OutcomeEvent.Trade>> recent = new HashMap<>();
    private final Sinks.Many<OutcomeEvent.Trade> live = Sinks.many().multicast().directBestEffort();

    @Override
    public void onDurable(CommandOutcome outcome) {
        for (OutcomeEvent event : outcome.events()) {
            if (event instanceof OutcomeEvent.Trade trade) {
                remember(trade);
                live.tryEmitNext(trade); // best effort: a subscriber without demand misses it, never blocks us
            }
        }
    }

    /** Recovery's replay of the journal (snapshot + tail) rebuilds the recent trades; nothing goes live. */
    @Override
    public void onRecovered(CommandOutcome outcome) {
        for (OutcomeEvent event : outcome.events()) {
            if (event instanceof OutcomeEvent.Trade trade) {
                remember(trade);
            }
        }
    }

    private void remember(OutcomeEvent.Trade trade) {
        synchronized (recent) {
            Deque<OutcomeEvent.Trade> trades = recent.computeIfAbsent(trade.symbolId(), s -> new ArrayDeque<>());
            if (trades.size() == RECENT_TRADES) {
                trades.removeFirst();
            }
            trades.addLast(trade);
        }
    }

    /** Up to {@code limit} most recent trades of the symbol, newest first. */
    List<OutcomeEvent.Trade> recentTrades(int symbolId, int limit) {
        synchronized (recent) {
            List<OutcomeEvent.Trade> newestFirst = new ArrayList<>(recent.getOrDefault(symbolId, new ArrayDeque<>()));
            java.util.Collections.reverse(newestFirst);
            return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
        }
    }

    /** Live trades of one symbol from now on, with a bounded buffer per subscriber. */
    Flux<OutcomeEvent.Trade> trades(int symbolId) {
        return live.asFlux().filter(t -> t.symbolId() == symbolId).onBackpressureBuffer(SUBSCRIBER_BUFFER);
    }
}
