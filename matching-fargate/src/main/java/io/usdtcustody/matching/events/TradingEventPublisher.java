package io.usdtcustody.matching.events;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.core.OutcomePublisher;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.json.JsonCodec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * Publishes the outcomes of journaled commands to {@code order-events} (partition key: account) and
 * {@code trade-events} (partition key: symbol) in {@code PutRecords} batches. It runs on the matching core's
 * journal follower, never the matching thread, and is handed outcomes regenerated from the durable journal
 * (see {@link io.usdtcustody.matching.core.OutcomePublisher}).
 *
 * <p><b>Nothing is dropped.</b> A failed call, or entries Kinesis refused, are retried with exponential
 * back-off until stored; meanwhile publication falls behind and catches up from the journal afterwards, while
 * matching goes on. Event ids are derived from the journal sequence and the event's place in its command's
 * outcome, so an event published again (a retry, or a republish after a crash) has the same id and consumers
 * dedupe it. Retrying only refused entries can put an event behind a later one of the same key: consumers
 * order by the {@code sequence} field.
 */
public final class TradingEventPublisher implements OutcomePublisher {
    private static final System.Logger LOG = System.getLogger(TradingEventPublisher.class.getName());

    /** Where the two streams are and how events are written. */
    public record Streams(String orderEvents, String tradeEvents) {
    }

    /** How long to wait before retrying: {@code first}, doubling up to {@code max}. */
    public record Backoff(Duration first, Duration max) {
        public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    private final EventStreamSink sink;
    private final JsonCodec codec;
    private final Streams streams;
    private final LongFunction<String> tenantOfAccount;
    private final Backoff backoff;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();

    public TradingEventPublisher(EventStreamSink sink, JsonCodec codec, Streams streams,
            LongFunction<String> tenantOfAccount, Backoff backoff) {
        this.sink = sink;
        this.codec = codec;
        this.streams = streams;
        this.tenantOfAccount = tenantOfAccount;
        this.backoff = backoff;
    }

    @Override
    public void publish(List<CommandOutcome> outcomes, IntFunction<SymbolSpec> symbols) throws InterruptedException {
        List<EventStreamSink.Entry> orders = new ArrayList<>();
        List<EventStreamSink.Entry> trades = new ArrayList<>();
        for (CommandOutcome outcome : outcomes) {
            collect(outcome, symbols, orders, trades);
        }
        send(streams.orderEvents(), orders);
        send(streams.tradeEvents(), trades);
    }

    /** Events stored so far (a retried event counts once it is stored). */
    public long published() {
        return published.get();
    }

    /** Entries sent again after a failed call or a refusal. */
    public long retried() {
        return retried.get();
    }

    private void collect(CommandOutcome outcome, IntFunction<SymbolSpec> symbols, List<EventStreamSink.Entry> orders,
            List<EventStreamSink.Entry> trades) {
        Instant at = Instant.ofEpochSecond(0, outcome.timestampNanos());
        List<OutcomeEvent> events = outcome.events();
        for (int i = 0; i < events.size(); i++) {
            UUID eventId = new UUID(outcome.sequence(), i);
            if (events.get(i) instanceof OutcomeEvent.Trade t) {
                SymbolSpec spec = symbols.apply(t.symbolId());
                var payload = new TradingEvents.TradeExecuted(spec.name(), decimal(t.price(), spec.priceScale()),
                        decimal(t.quantity(), spec.quantityScale()), t.takerSide().name(),
                        Long.toString(t.takerOrderId()), Long.toString(t.takerAccountId()),
                        Long.toString(t.makerOrderId()), Long.toString(t.makerAccountId()),
                        decimal(t.takerFee(), spec.quote().scale()), decimal(t.makerFee(), spec.quote().scale()),
                        outcome.sequence());
                trades.add(entry(spec.name(), codec.wrap(TradingEvents.TRADE_EXECUTED, eventId, at,
                        tenantOfAccount.apply(t.takerAccountId()), payload)));
            } else {
                TradingEvents.OrderEvent order = orderEvent(events.get(i), outcome.sequence(), symbols);
                if (order != null) {
                    long account = Long.parseLong(order.account());
                    orders.add(entry(order.account(), codec.wrap(TradingEvents.ORDER_EVENT, eventId, at,
                            tenantOfAccount.apply(account), order)));
                }
            }
        }
    }

    private static TradingEvents.OrderEvent orderEvent(OutcomeEvent event, long sequence,
            IntFunction<SymbolSpec> symbols) {
        if (event instanceof OutcomeEvent.Accepted a) {
            return new TradingEvents.OrderEvent("ACCEPTED", name(a.symbolId(), symbols), Long.toString(a.orderId()),
                    Long.toString(a.accountId()), "", "", sequence);
        } else if (event instanceof OutcomeEvent.Cancelled c) {
            return new TradingEvents.OrderEvent("CANCELLED", name(c.symbolId(), symbols), Long.toString(c.orderId()),
                    Long.toString(c.accountId()), c.reason().name(),
                    decimal(c.remainingQuantity(), symbols.apply(c.symbolId()).quantityScale()), sequence);
        } else if (event instanceof OutcomeEvent.Amended a) {
            return new TradingEvents.OrderEvent("AMENDED", name(a.symbolId(), symbols), Long.toString(a.orderId()),
                    Long.toString(a.accountId()), "",
                    decimal(a.remainingQuantity(), symbols.apply(a.symbolId()).quantityScale()), sequence);
        } else if (event instanceof OutcomeEvent.Rejected r && r.orderId() != 0) {
            return new TradingEvents.OrderEvent("REJECTED", "", Long.toString(r.orderId()),
                    Long.toString(r.accountId()), r.code().name(), "", sequence);
        }
        return null; // transfers and definitions are not order events
    }

    private static String name(int symbolId, IntFunction<SymbolSpec> symbols) {
        SymbolSpec spec = symbols.apply(symbolId);
        return spec == null ? Integer.toString(symbolId) : spec.name();
    }

    private EventStreamSink.Entry entry(String partitionKey, io.usdtcustody.model.events.EventEnvelope envelope) {
        return new EventStreamSink.Entry(partitionKey, codec.encode(envelope));
    }

    private void send(String stream, List<EventStreamSink.Entry> entries) throws InterruptedException {
        for (int from = 0; from < entries.size(); from += EventStreamSink.MAX_BATCH) {
            List<EventStreamSink.Entry> batch = entries.subList(from, Math.min(entries.size(), from + EventStreamSink.MAX_BATCH));
            long waitMillis = backoff.first().toMillis();
            for (int attempt = 1; !batch.isEmpty(); attempt++) {
                List<EventStreamSink.Entry> refused = new ArrayList<>();
                try {
                    boolean[] stored = sink.put(stream, batch);
                    for (int i = 0; i < stored.length; i++) {
                        if (stored[i]) {
                            published.incrementAndGet();
                        } else {
                            refused.add(batch.get(i));
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "PutRecords to " + stream + " failed (attempt " + attempt
                            + "); retrying in " + waitMillis + " ms", e);
                    refused = batch;
                }
                if (!refused.isEmpty()) {
                    retried.addAndGet(refused.size());
                    TimeUnit.MILLISECONDS.sleep(waitMillis);
                    waitMillis = Math.min(backoff.max().toMillis(), waitMillis * 2);
                }
                batch = refused;
            }
        }
    }

    private static String decimal(long units, int scale) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }
}
