package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.CommandLog;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Throughput: the whole tape, as fast as one thread can feed it, from the same starting state each time (the
 * engine is restored from a snapshot before every iteration, outside the timing). Every command goes to the
 * {@link CommandLog} first, as a sequencer with a journal would do, with a group commit every 1,024 commands;
 * {@link CommandLog#NONE} is the journal switched off.
 */
final class ThroughputRun {
    private static final int COMMIT_EVERY = 1_024;

    record Result(double[] opsPerSecond, double allocatedBytesPerOp, long trades, long cancels) {
        double median() {
            double[] sorted = opsPerSecond.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private ThroughputRun() {
    }

    /** Runs {@code warmups + iterations} passes and reports the measured ones. */
    static Result run(byte[] start, CommandTape tape, int warmups, int iterations, CommandLog log) {
        double[] measured = new double[iterations];
        double bytesPerOp = 0;
        CountingEvents events = null;
        for (int pass = 0; pass < warmups + iterations; pass++) {
            MatchingEngine engine = MatchingEngine.restore(start, OrderBookFactory.FAST, BenchMarket.CONFIG);
            events = new CountingEvents();
            Command command = new Command();
            System.gc();
            long allocatedBefore = allocatedBytes();
            long began = System.nanoTime();
            int size = tape.size();
            for (int i = 0; i < size; i++) {
                tape.load(i, command, i);
                log.append(command);
                engine.execute(command, events);
                if (i % COMMIT_EVERY == COMMIT_EVERY - 1) {
                    log.commit();
                }
            }
            log.commit();
            long elapsed = System.nanoTime() - began;
            long allocated = allocatedBytes() - allocatedBefore;
            if (events.rejections != 0) {
                throw new IllegalStateException(events.rejections + " commands were refused: the tape is not valid");
            }
            double opsPerSecond = size * 1e9 / elapsed;
            System.out.printf("  %s %d: %,.0f ops/s (%,d trades, %,d cancels, %.2f bytes allocated per op)%n",
                    pass < warmups ? "warm-up" : "run", pass < warmups ? pass + 1 : pass - warmups + 1, opsPerSecond,
                    events.trades, events.cancels, (double) allocated / size);
            if (pass >= warmups) {
                measured[pass - warmups] = opsPerSecond;
                bytesPerOp = Math.max(bytesPerOp, (double) allocated / size);
            }
        }
        return new Result(measured, bytesPerOp, events.trades, events.cancels);
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
