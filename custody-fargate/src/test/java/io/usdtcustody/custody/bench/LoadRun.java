package io.usdtcustody.custody.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/** Runs one operation on several threads: a warm-up, then a measured window with per-call latencies. */
final class LoadRun {
    /** Throughput and latency percentiles (milliseconds) of one measured window. */
    record Result(String name, double opsPerSecond, double p50Millis, double p99Millis, double p999Millis) {
    }

    private LoadRun() {
    }

    /** Operations per second and latency of {@code op} on {@code threads} threads, after a warm-up. */
    static Result run(String name, int threads, int warmupSeconds, int measureSeconds, LongSupplier op)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            latencies[t] = new long[4_000_000 / threads];
            Thread worker = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    op.getAsLong();
                    long took = System.nanoTime() - start;
                    if (measuring.get() && counts[id] < latencies[id].length) {
                        latencies[id][counts[id]++] = took;
                    }
                }
            }, name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(measureSeconds * 1000L);
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(name, total / (elapsed / 1e9), percentile(all, 0.50), percentile(all, 0.99), percentile(all, 0.999));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

}
