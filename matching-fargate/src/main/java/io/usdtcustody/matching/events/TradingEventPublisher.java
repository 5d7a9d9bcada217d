package io.usdtcustody.matching.events;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.core.OutcomeListener;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.json.JsonCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Publishes durable outcomes to {@code order-events} (partition key: account) and {@code trade-events}
 * (partition key: symbol) in batches, on its own thread, off the matching thread.
 *
 * <p><b>Back-pressure never reaches matching.</b> Outcomes arrive on the acknowledging thread and are offered to
 * a bounded queue; when it is full they are dropped and counted ({@link #droppedOutcomes()}), never waited for.
 * A batch entry Kinesis refuses is retried a bounded number of times, then dropped and counted
 * ({@link #droppedEvents()}). Dropped events are not lost to the record: the journal holds every command, and
 * {@code ./platform replay} rebuilds every event from it. Event ids are derived from the journal sequence and
 * the event's place in its command's outcome, so a republished event has the same id and consumers dedupe it.
 * Retrying only refused entries can put an event behind a later one of the same key: consumers order by the
 * {@code sequence} field.
 */
public final class TradingEventPublisher implements OutcomeListener, AutoCloseable {
    private static final int MAX_ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(TradingEventPublisher.class.getName());

    /** Where the two streams are and how events are written. */
    public record Streams(String orderEvents, String tradeEvents) {
    }

    private final EventStreamSink sink;
    private final JsonCodec codec;
    private final Streams streams;
    private volatile Map<Integer, SymbolSpec> symbols = Map.of();
    private final LongFunction<String> tenantOfAccount;
    private final BlockingQueue<CommandOutcome> queue;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong droppedOutcomes = new AtomicLong();
    private final AtomicLong droppedEvents = new AtomicLong();
    private volatile boolean running = true;

    public TradingEventPublisher(EventStreamSink sink, JsonCodec codec, Streams streams,
            LongFunction<String> tenantOfAccount, int queueCapacity) {
        this.sink = sink;
        this.codec = codec;
        this.streams = streams;
        this.tenantOfAccount = tenantOfAccount;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "matching-event-publisher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The symbols as the engine defines them (read once it has recovered; specs never change once defined). */
    public void useSymbols(Map<Integer, SymbolSpec> definedSymbols) {
        this.symbols = Map.copyOf(definedSymbols);
    }

    @Override
    public void onDurable(CommandOutcome outcome) {
        if (!queue.offer(outcome)) {
            droppedOutcomes.incrementAndGet();
        }
    }

    public long published() {
        return published.get();
    }

    public long droppedOutcomes() {
        return droppedOutcomes.get();
    }

    public long droppedEvents() {
        return droppedEvents.get();
    }

    /** Publishes what is queued (bounded by the retries), then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }

    private void run() {
        List<CommandOutcome> drained = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                CommandOutcome first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                drained.add(first);
                queue.drainTo(drained, EventStreamSink.MAX_BATCH - 1);
                List<EventStreamSink.Entry> orders = new ArrayList<>();
                List<EventStreamSink.Entry> trades = new ArrayList<>();
                for (CommandOutcome outcome : drained) {
                    collect(outcome, orders, trades);
                }
                drained.clear();
                send(streams.orderEvents(), orders);
                send(streams.tradeEvents(), trades);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "event publishing failed; the batch was dropped", e);
            }
        }
    }

    private void collect(CommandOutcome outcome, List<EventStreamSink.Entry> orders, List<EventStreamSink.Entry> trades) {
        Instant at = Instant.ofEpochSecond(0, outcome.timestampNanos());
        List<OutcomeEvent> events = outcome.events();
        for (int i = 0; i < events.size(); i++) {
            UUID eventId = new UUID(outcome.sequence(), i);
            if (events.get(i) instanceof OutcomeEvent.Trade t) {
                SymbolSpec spec = symbols.get(t.symbolId());
                var payload = new TradingEvents.TradeExecuted(spec.name(), decimal(t.price(), spec.priceScale()),
                        decimal(t.quantity(), spec.quantityScale()), t.takerSide().name(),
                        Long.toString(t.takerOrderId()), Long.toString(t.takerAccountId()),
                        Long.toString(t.makerOrderId()), Long.toString(t.makerAccountId()),
                        decimal(t.takerFee(), spec.quote().scale()), decimal(t.makerFee(), spec.quote().scale()),
                        outcome.sequence());
                trades.add(entry(spec.name(), codec.wrap(TradingEvents.TRADE_EXECUTED, eventId, at,
                        tenantOfAccount.apply(t.takerAccountId()), payload)));
            } else {
                TradingEvents.OrderEvent order = orderEvent(events.get(i), outcome.sequence());
                if (order != null) {
                    long account = Long.parseLong(order.account());
                    orders.add(entry(order.account(), codec.wrap(TradingEvents.ORDER_EVENT, eventId, at,
                            tenantOfAccount.apply(account), order)));
                }
            }
        }
    }

    private TradingEvents.OrderEvent orderEvent(OutcomeEvent event, long sequence) {
        if (event instanceof OutcomeEvent.Accepted a) {
            return new TradingEvents.OrderEvent("ACCEPTED", name(a.symbolId()), Long.toString(a.orderId()),
                    Long.toString(a.accountId()), "", "", sequence);
        } else if (event instanceof OutcomeEvent.Cancelled c) {
            return new TradingEvents.OrderEvent("CANCELLED", name(c.symbolId()), Long.toString(c.orderId()),
                    Long.toString(c.accountId()), c.reason().name(),
                    decimal(c.remainingQuantity(), symbols.get(c.symbolId()).quantityScale()), sequence);
        } else if (event instanceof OutcomeEvent.Amended a) {
            return new TradingEvents.OrderEvent("AMENDED", name(a.symbolId()), Long.toString(a.orderId()),
                    Long.toString(a.accountId()), "",
                    decimal(a.remainingQuantity(), symbols.get(a.symbolId()).quantityScale()), sequence);
        } else if (event instanceof OutcomeEvent.Rejected r && r.orderId() != 0) {
            return new TradingEvents.OrderEvent("REJECTED", "", Long.toString(r.orderId()),
                    Long.toString(r.accountId()), r.code().name(), "", sequence);
        }
        return null; // transfers and definitions are not order events
    }

    private String name(int symbolId) {
        SymbolSpec spec = symbols.get(symbolId);
        return spec == null ? Integer.toString(symbolId) : spec.name();
    }

    private EventStreamSink.Entry entry(String partitionKey, io.usdtcustody.model.events.EventEnvelope envelope) {
        return new EventStreamSink.Entry(partitionKey, codec.encode(envelope));
    }

    private void send(String stream, List<EventStreamSink.Entry> entries) throws InterruptedException {
        for (int from = 0; from < entries.size(); from += EventStreamSink.MAX_BATCH) {
            List<EventStreamSink.Entry> batch = entries.subList(from, Math.min(entries.size(), from + EventStreamSink.MAX_BATCH));
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
                    LOG.log(System.Logger.Level.WARNING, "PutRecords to " + stream + " failed (attempt " + attempt + ")", e);
                    refused = batch;
                }
                if (!refused.isEmpty() && attempt == MAX_ATTEMPTS) {
                    droppedEvents.addAndGet(refused.size());
                    break;
                }
                if (!refused.isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(100L * attempt);
                }
                batch = refused;
            }
        }
    }

    private static String decimal(long units, int scale) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }
}
