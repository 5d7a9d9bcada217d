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
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TradingEventPublisherTest {
    private static final TradingEventPublisher.Streams STREAMS = new TradingEventPublisher.Streams("p-order-events",
            "p-trade-events");
    private final JsonCodec codec = new JsonCodec();

    /** Records every batch; refuses entries {@code refuse} picks; may hold calls on a latch. */
    private static final class RecordingSink implements EventStreamSink {
        final List<String> streams = new ArrayList<>();
        final List<List<Entry>> batches = new ArrayList<>();
        Predicate<Entry> refuse = e -> false;
        CountDownLatch gate = new CountDownLatch(0);

        @Override
        public synchronized boolean[] put(String stream, List<Entry> batch) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            streams.add(stream);
            batches.add(List.copyOf(batch));
            boolean[] stored = new boolean[batch.size()];
            for (int i = 0; i < stored.length; i++) {
                stored[i] = !refuse.test(batch.get(i));
            }
            return stored;
        }
    }

    @Test
    void onDurable_shouldPublishTradesBySymbolAndOrdersByAccount_withIdsFromTheJournalSequence() throws Exception {
        RecordingSink sink = new RecordingSink();
        TradingEventPublisher publisher = publisher(sink, 16);

        publisher.onDurable(new CommandOutcome(42, 1_700_000_000_000_000_000L, 9, ResultCode.SUCCESS, List.of(
                new OutcomeEvent.Accepted(0, 9, 77),
                new OutcomeEvent.Trade(0, 9, 77, 3, 88, Side.BUY, 3_000_000, 5_000, 150_000, 75_000),
                new OutcomeEvent.Cancelled(0, 9, 77, 1_000, CancelReason.IMMEDIATE_OR_CANCEL))));
        publisher.close();

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
    void put_shouldRetryRefusedEntries_thenCountThemDropped() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.refuse = e -> new JsonCodec().decodeEnvelope(e.data()).eventId().getMostSignificantBits() == 2;
        TradingEventPublisher publisher = publisher(sink, 16);

        publisher.onDurable(acceptance(1));
        publisher.onDurable(acceptance(2));
        publisher.close();

        assertThat(publisher.published() + publisher.droppedEvents()).isEqualTo(2);
        assertThat(publisher.droppedEvents()).isEqualTo(1);
        assertThat(sink.batches.stream().filter(b -> b.stream().anyMatch(sink.refuse)).count())
                .as("the refused entry was tried three times").isEqualTo(3);
    }

    @Test
    void onDurable_shouldDropAndCountRatherThanWait_whenTheQueueIsFull() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.gate = new CountDownLatch(1); // Kinesis stalls
        TradingEventPublisher publisher = publisher(sink, 2);

        long began = System.nanoTime();
        for (int i = 1; i <= 50; i++) {
            publisher.onDurable(acceptance(i));
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        sink.gate.countDown();
        publisher.close();

        assertThat(tookMillis).as("the acknowledging thread never waits for Kinesis").isLessThan(1_000);
        assertThat(publisher.droppedOutcomes()).isGreaterThanOrEqualTo(40);
        assertThat(publisher.published() + publisher.droppedOutcomes()).isEqualTo(50);
    }

    private TradingEventPublisher publisher(RecordingSink sink, int capacity) {
        TradingEventPublisher publisher = new TradingEventPublisher(sink, codec, STREAMS, id -> "tenant-" + id, capacity);
        MatchingEngine engine = new MatchingEngine(EngineConfig.DEFAULT);
        engine.execute(new Command().addAsset(0, 0, "USDT", 6), EngineEvents.NONE);
        engine.execute(new Command().addAsset(0, 1, "BTC", 8), EngineEvents.NONE);
        engine.execute(new Command().addSymbol(0, 0, "BTC-USDT", 1, 0, 2, 4, 1, 1, 10, 20), EngineEvents.NONE);
        publisher.useSymbols(Map.of(0, engine.symbol(0)));
        return publisher;
    }

    private static CommandOutcome acceptance(long sequence) {
        return new CommandOutcome(sequence, 1_700_000_000_000_000_000L, sequence, ResultCode.SUCCESS,
                List.of(new OutcomeEvent.Accepted(0, sequence, 5)));
    }
}
