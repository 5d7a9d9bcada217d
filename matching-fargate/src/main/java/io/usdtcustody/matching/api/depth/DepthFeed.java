package io.usdtcustody.matching.api.depth;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.core.OutcomeListener;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Live depth per symbol, for the depth stream and {@code GET /v1/books}. Durable outcomes (on the core's
 * acknowledging thread) only mark a symbol as changed; the feed's own thread then reads that book's levels
 * through the sequencer (one bounded read, queued like any request, never while nobody watches the symbol),
 * diffs them against the last reading and sends the changed levels, numbered, to each subscriber. Every
 * subscriber has a bounded buffer: one that falls that far behind is dropped (its stream ends with an error)
 * rather than waited for, and reconnects to a fresh snapshot.
 */
public final class DepthFeed implements OutcomeListener, AutoCloseable {
    /** Levels per side the feed follows. */
    public static final int LEVELS = 100;
    static final int SUBSCRIBER_BUFFER = 1_024;
    private static final long READ_TIMEOUT_SECONDS = 10;
    private static final long RETRY_PAUSE_MILLIS = 50;

    /** Reads a symbol's depth on the sequencer thread. */
    @FunctionalInterface
    public interface DepthReader {
        CompletableFuture<DepthLevels> read(int symbolId);
    }

    /** The depth of one symbol as last read, and its number. */
    public record Reading(long sequence, DepthLevels levels) {
    }

    private static final class Book {
        long sequence;
        DepthLevels levels = DepthLevels.EMPTY;
        final List<Sinks.Many<DepthUpdate>> subscribers = new ArrayList<>();
    }

    private final DepthReader reader;
    private final long pauseNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Integer, Book> books = new HashMap<>();
    private final Set<Integer> changed = new LinkedHashSet<>();
    private final Thread refresher;
    private volatile boolean running = true;

    /** {@code pause}: the least time between two readings by the feed's thread, which bounds its reads. */
    public DepthFeed(DepthReader reader, Duration pause) {
        this.reader = reader;
        this.pauseNanos = pause.toNanos();
        this.refresher = new Thread(this::run, "market-data-depth");
        refresher.setDaemon(true);
        refresher.start();
    }

    @Override
    public void onDurable(CommandOutcome outcome) {
        for (OutcomeEvent event : outcome.events()) {
            if (event instanceof OutcomeEvent.Accepted accepted) {
                markChanged(accepted.symbolId());
            } else if (event instanceof OutcomeEvent.Trade trade) {
                markChanged(trade.symbolId());
            } else if (event instanceof OutcomeEvent.Cancelled cancelled) {
                markChanged(cancelled.symbolId());
            } else if (event instanceof OutcomeEvent.Amended amended) {
                markChanged(amended.symbolId());
            }
        }
    }

    private void markChanged(int symbolId) {
        synchronized (changed) {
            if (changed.add(symbolId)) {
                changed.notifyAll();
            }
        }
    }

    /** The symbol's depth now, read through the sequencer, with its number. */
    public Reading current(int symbolId) {
        lock.lock();
        try {
            Book book = refresh(symbolId);
            return new Reading(book.sequence, book.levels);
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot of the symbol's depth, then every update after it, until the subscriber leaves or falls behind. */
    public Flux<DepthUpdate> subscribe(int symbolId) {
        Sinks.Many<DepthUpdate> sink = Sinks.many().unicast()
                .onBackpressureBuffer(new ArrayBlockingQueue<>(SUBSCRIBER_BUFFER));
        lock.lock();
        try {
            Book book = refresh(symbolId);
            book.subscribers.add(sink);
            sink.tryEmitNext(DepthUpdate.snapshot(symbolId, book.sequence, book.levels));
        } finally {
            lock.unlock();
        }
        return sink.asFlux().doFinally(signal -> leave(symbolId, sink));
    }

    /** How many subscribers the symbol's depth is sent to. */
    int subscribers(int symbolId) {
        lock.lock();
        try {
            Book book = books.get(symbolId);
            return book == null ? 0 : book.subscribers.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        refresher.interrupt();
    }

    /**
     * Forgets a subscriber that left, unless a reading holds the lock (this may run on a network thread, which
     * must not wait): then the next update finds the subscriber gone and drops it.
     */
    private void leave(int symbolId, Sinks.Many<DepthUpdate> sink) {
        if (lock.tryLock()) {
            try {
                books.get(symbolId).subscribers.remove(sink);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Reads the book and sends what changed to its subscribers; the caller holds the lock. */
    private Book refresh(int symbolId) {
        DepthLevels levels = read(symbolId);
        Book book = books.computeIfAbsent(symbolId, id -> new Book());
        DepthUpdate update = DepthUpdate.between(symbolId, book.sequence + 1, book.levels, levels);
        if (!update.isEmpty()) {
            book.sequence++;
            book.levels = levels;
            book.subscribers.removeIf(sink -> sink.tryEmitNext(update).isFailure() && dropped(sink));
        }
        return book;
    }

    private static boolean dropped(Sinks.Many<DepthUpdate> sink) {
        sink.tryEmitError(new IllegalStateException("depth subscriber fell " + SUBSCRIBER_BUFFER + " updates behind"));
        return true;
    }

    private DepthLevels read(int symbolId) {
        try {
            return reader.read(symbolId).get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted while reading the book");
        } catch (ExecutionException | TimeoutException e) { // queue full, stopping, or no answer in time
            throw new PlatformException(ErrorCode.UNAVAILABLE, "the book could not be read now", e);
        }
    }

    private void run() {
        while (running) {
            try {
                int symbolId = nextChanged();
                try {
                    refreshIfWatched(symbolId);
                } catch (RuntimeException e) { // the sequencer was busy or stopping: read again after a pause
                    System.getLogger(DepthFeed.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
                    markChanged(symbolId);
                    TimeUnit.MILLISECONDS.sleep(RETRY_PAUSE_MILLIS);
                }
                TimeUnit.NANOSECONDS.sleep(pauseNanos);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void refreshIfWatched(int symbolId) {
        lock.lock();
        try {
            Book book = books.get(symbolId);
            if (book != null && !book.subscribers.isEmpty()) {
                refresh(symbolId);
            }
        } finally {
            lock.unlock();
        }
    }

    private int nextChanged() throws InterruptedException {
        synchronized (changed) {
            while (changed.isEmpty()) {
                changed.wait();
            }
            Integer first = changed.iterator().next();
            changed.remove(first);
            return first;
        }
    }
}
