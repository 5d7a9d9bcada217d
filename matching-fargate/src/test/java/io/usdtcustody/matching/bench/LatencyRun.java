package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.CommandLog;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Latency at a steady offered rate. Command {@code i} is due at {@code start + i / rate}; its latency runs
 * from that due time (not from when it was actually sent) to when the engine has executed it, so a stall
 * shows up in every command that queued behind it (no coordinated omission).
 *
 * <p>Two shapes: {@link #direct} runs the engine on the pacing thread (the engine alone); {@link #pipelined}
 * is the service's shape — a sequencer thread hands commands through a bounded single-producer,
 * single-consumer ring to the matching thread — and pays a thread hand-off on every command. How idle threads
 * wait is the {@link Idle} policy: only spin, spin briefly then yield the core, or (matching thread only) spin
 * briefly then park until the sequencer wakes it — which costs a wake-up per command once the ring runs dry,
 * but leaves the matching thread's core free for everything else on a shared 2-core machine instead of making
 * the scheduler preempt a busy thread.
 */
final class LatencyRun {
    private static final long HIGHEST_TRACKABLE_NANOS = 60_000_000_000L;
    private static final int SPINS_BEFORE_YIELD = 200;
    private static final long YIELD_WHEN_MORE_THAN_NANOS = 5_000;
    private static final long SPIN_BEFORE_PARK_NANOS = 5_000;

    /** How a thread with nothing to do waits. The pacing thread spins or yields; only the matching thread parks. */
    enum Idle {
        SPIN, YIELD, PARK;

        static Idle of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }

        String describe() {
            return switch (this) {
                case SPIN -> "spin";
                case YIELD -> "spin then yield";
                case PARK -> "pacing spins then yields, matching spins 5 µs then parks";
            };
        }
    }

    private LatencyRun() {
    }

    /** Latency from due time, and the engine's own service time (execute alone), of the direct shape. */
    record Direct(Histogram fromDueTime, Histogram serviceTime) {
    }

    static Direct direct(byte[] start, CommandTape tape, int rate, int warmupCommands, CommandLog log, Idle idle) {
        boolean yieldWhenIdle = idle != Idle.SPIN;
        MatchingEngine engine = MatchingEngine.restore(start, OrderBookFactory.FAST, BenchMarket.CONFIG);
        CountingEvents events = new CountingEvents();
        Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        Histogram service = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        Command command = new Command();
        long interval = 1_000_000_000L / rate;
        long begin = System.nanoTime() + 1_000_000;
        for (int i = 0; i < tape.size(); i++) {
            long due = begin + i * interval;
            awaitTime(due, yieldWhenIdle);
            tape.load(i, command, due);
            long began = System.nanoTime();
            log.append(command);
            engine.execute(command, events);
            log.commit();
            long done = System.nanoTime();
            if (i >= warmupCommands) {
                histogram.recordValue(done - due);
                service.recordValue(done - began);
            }
        }
        return new Direct(histogram, service);
    }

    static Histogram pipelined(byte[] start, CommandTape tape, int rate, int warmupCommands, CommandLog log,
            Idle idle) throws InterruptedException {
        boolean yieldWhenIdle = idle != Idle.SPIN;
        MatchingEngine engine = MatchingEngine.restore(start, OrderBookFactory.FAST, BenchMarket.CONFIG);
        Ring ring = new Ring(4096);
        Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        int total = tape.size();
        Thread matching = new Thread(() -> {
            CountingEvents events = new CountingEvents();
            for (long next = 0; next < total; next++) {
                if (idle == Idle.PARK) {
                    ring.awaitOrPark(next);
                }
                for (int spins = 0; ring.published.get() <= next; spins++) {
                    if (!yieldWhenIdle || spins < SPINS_BEFORE_YIELD) {
                        Thread.onSpinWait();
                    } else {
                        Thread.yield();
                    }
                }
                int slot = (int) (next & ring.mask);
                log.append(ring.commands[slot]);
                engine.execute(ring.commands[slot], events);
                log.commit();
                long done = System.nanoTime();
                if (next >= warmupCommands) {
                    histogram.recordValue(done - ring.due[slot]);
                }
                ring.consumed.lazySet(next + 1);
            }
        }, "matching");
        matching.start();
        long interval = 1_000_000_000L / rate;
        long begin = System.nanoTime() + 1_000_000;
        for (int i = 0; i < total; i++) {
            long due = begin + i * interval;
            awaitTime(due, yieldWhenIdle);
            while (i - ring.consumed.get() >= ring.commands.length) {
                Thread.onSpinWait();
            }
            int slot = i & ring.mask;
            tape.load(i, ring.commands[slot], due);
            ring.due[slot] = due;
            if (idle == Idle.PARK) {
                ring.publishAndWake(i + 1, matching);
            } else {
                ring.published.lazySet(i + 1);
            }
        }
        matching.join();
        return histogram;
    }

    /** Waits until {@code due}, yielding the core (when asked to) while it is more than a few µs away. */
    private static void awaitTime(long due, boolean yieldWhenIdle) {
        long now;
        while ((now = System.nanoTime()) < due) {
            if (yieldWhenIdle && due - now > YIELD_WHEN_MORE_THAN_NANOS) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** A bounded single-producer, single-consumer ring of reusable command slots. */
    private static final class Ring {
        final Command[] commands;
        final long[] due;
        final int mask;
        final AtomicLong published = new AtomicLong();
        final AtomicLong consumed = new AtomicLong();
        final AtomicBoolean parked = new AtomicBoolean();

        Ring(int capacity) {
            commands = new Command[capacity];
            due = new long[capacity];
            mask = capacity - 1;
            for (int i = 0; i < capacity; i++) {
                commands[i] = new Command();
            }
        }

        /** Consumer: spins a few µs for slot {@code next}, then parks until the producer publishes it. */
        void awaitOrPark(long next) {
            long spinUntil = System.nanoTime() + SPIN_BEFORE_PARK_NANOS;
            while (published.get() <= next) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                    continue;
                }
                parked.set(true);
                if (published.get() <= next) {
                    LockSupport.parkNanos(1_000_000);
                }
                parked.set(false);
            }
        }

        /** Producer: a full-fence publish, so either the consumer sees it before parking or we see it parked. */
        void publishAndWake(long count, Thread consumer) {
            published.set(count);
            if (parked.get()) {
                LockSupport.unpark(consumer);
            }
        }
    }
}
