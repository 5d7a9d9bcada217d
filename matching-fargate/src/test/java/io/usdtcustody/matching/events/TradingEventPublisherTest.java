package io.usdtcustody.matching.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.json.JsonCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Events carry ids from the journal sequence; nothing is dropped while Kinesis fails, it is retried with back-off. */
class TradingEventPublisherTest {
    private static final TradingEventPublisher.Streams STREAMS = new TradingEventPublisher.Streams("p-order-events",
            "p-trade-events");
    private final JsonCodec codec = new JsonCodec();

    /** Records every call and what it stored; fails whole calls while {@code failCalls} lasts, refuses picked entries. */
    private static final class RecordingSink implements EventStreamSink {
        final List<Long> callNanos = new ArrayList<>();
        final List<String> streams = new ArrayList<>();
        final List<List<Entry>> batches = new ArrayList<>();
        final List<Entry> stored = new ArrayList<>();
        int failCalls;
        Predicate<Entry> refuse = e -> false;
        int refusals;

        @Override
        public synchronized boolean[] put(String stream, List<Entry> batch) {
            callNanos.add(System.nanoTime());
            if (failCalls > 0) {
                failCalls--;
                throw new IllegalStateException("Kinesis is unavailable");
            }
            streams.add(stream);
            batches.add(List.copyOf(batch));
            boolean[] accepted = new boolean[batch.size()];
            for (int i = 0; i < accepted.length; i++) {
                accepted[i] = !(refusals > 0 && refuse.test(batch.get(i)));
                if (accepted[i]) {
                    stored.add(batch.get(i));
                } else {
                    refusals--;
                }
            }
            return accepted;
        }
    }

    @Test
    void publish_shouldPublishTradesBySymbolAndOrdersByAccount_withIdsFromTheJournalSequence() throws Exception {
        RecordingSink sink = new RecordingSink();
        TradingEventPublisher publisher = publisher(sink);

        publisher.publish(List.of(new CommandOutcome(42, 1_700_000_000_000_000_000L, 9, ResultCode.SUCCESS, List.of(
                new OutcomeEvent.Accepted(0, 9, 77),
                new OutcomeEvent.Trade(0, 9, 77, 3, 88, Side.BUY, 3_000_000, 5_000, 150_000, 75_000),
                new OutcomeEvent.Cancelled(0, 9, 77, 1_000, CancelReason.IMMEDIATE_OR_CANCEL)))), symbols());

        assertThat(publisher.published()).isEqualTo(3);
        int trades = sink.streams.indexOf("p-trade-events");
        EventEnvelope trade = codec.decodeEnvelope(sink.batches.get(trades).get(0).data());
        assertThat(sink.batches.get(trades).get(0).partitionKey()).isEqualTo("BTC-USDT");
        assertThat(trade.eventId()).isEqualTo(new UUID(42, 1));
        assertThat(trade.tenantId()).isEqualTo("tenant-77");
        TradingEvents.TradeExecuted executed = codec.unwrap(trade, TradingEvents.TRADE_EXECUTED);
        assertThat(executed.price()).isEqualTo("30000.00");
        assertThat(executed.qty()).isEqualTo("0.5000");
        assertThat(executed.sequence()).isEqualTo(42);
        List<EventStreamSink.Entry> orders = sink.batches.get(sink.streams.indexOf("p-order-events"));
        assertThat(orders).extracting(EventStreamSink.Entry::partitionKey).containsExactly("77", "77");
        assertThat(codec.unwrap(codec.decodeEnvelope(orders.get(1).data()), TradingEvents.ORDER_EVENT))
                .extracting(TradingEvents.OrderEvent::change, TradingEvents.OrderEvent::remaining)
                .containsExactly("CANCELLED", "0.1000");
    }

    @Test
    void publish_shouldRetryWithGrowingBackoffUntilEveryEventIsStored_whenKinesisFailsThenRefuses() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.failCalls = 4; // an outage: four whole calls fail
        sink.refuse = e -> codec.decodeEnvelope(e.data()).eventId().getMostSignificantBits() == 2;
        sink.refusals = 3; // then the entry of sequence 2 is refused three times (throttled)
        TradingEventPublisher publisher = publisher(sink);

        publisher.publish(List.of(acceptance(1), acceptance(2), acceptance(3)), symbols());

        assertThat(sink.stored).extracting(e -> codec.decodeEnvelope(e.data()).eventId().getMostSignificantBits())
                .as("every event stored, none dropped").containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(publisher.published()).isEqualTo(3);
        assertThat(publisher.retried()).isEqualTo(4 * 3 + 3);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            gaps.add(TimeUnit.NANOSECONDS.toMillis(sink.callNanos.get(i) - sink.callNanos.get(i - 1)));
        }
        assertThat(gaps).as("waits between attempts (ms): 2, 4, 8, then capped at 10").satisfies(g -> {
            assertThat(g.get(0)).isGreaterThanOrEqualTo(2);
            assertThat(g.get(1)).isGreaterThanOrEqualTo(4);
            assertThat(g.get(2)).isGreaterThanOrEqualTo(8);
            assertThat(g.get(3)).isGreaterThanOrEqualTo(10);
        });
    }

    @Test
    void publish_shouldKeepRetryingAndStoreNothing_untilInterrupted_whenKinesisStaysDown() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.failCalls = Integer.MAX_VALUE;
        TradingEventPublisher publisher = publisher(sink);
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread follower = new Thread(() -> {
            try {
                publisher.publish(List.of(acceptance(1)), symbols());
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(e);
            }
        });

        follower.start();
        Thread.sleep(200);
        follower.interrupt();

        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(sink.callNanos.size()).as("it kept trying").isGreaterThan(5);
        assertThat(publisher.published()).isZero();
    }

    private TradingEventPublisher publisher(RecordingSink sink) {
        return new TradingEventPublisher(sink, codec, STREAMS, id -> "tenant-" + id,
                new TradingEventPublisher.Backoff(Duration.ofMillis(2), Duration.ofMillis(10)));
    }

    private static IntFunction<SymbolSpec> symbols() {
        MatchingEngine engine = new MatchingEngine(EngineConfig.DEFAULT);
        engine.execute(new Command().addAsset(0, 0, "USDT", 6), EngineEvents.NONE);
        engine.execute(new Command().addAsset(0, 1, "BTC", 8), EngineEvents.NONE);
        engine.execute(new Command().addSymbol(0, 0, "BTC-USDT", 1, 0, 2, 4, 1, 1, 10, 20), EngineEvents.NONE);
        return engine::symbol;
    }

    private static CommandOutcome acceptance(long sequence) {
        return new CommandOutcome(sequence, 1_700_000_000_000_000_000L, sequence, ResultCode.SUCCESS,
                List.of(new OutcomeEvent.Accepted(0, sequence, 5)));
    }
}
