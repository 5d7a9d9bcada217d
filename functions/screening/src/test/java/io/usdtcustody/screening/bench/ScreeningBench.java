package io.usdtcustody.screening.bench;

import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.search.NameScreen;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code ./platform bench screening [warmupSeconds=5] [measureSeconds=15] [seed=7]}: name screens per second
 * against the full OFAC list on one thread, after one pass over every query and a warm-up, with per-screen latency
 * percentiles. The screen is the one the functions build ({@code NameScreen.of(OfacCsvLists.fromClasspath())}, read
 * from the prebuilt image when there is one); its build time is printed in wall and CPU seconds. The queries
 * are {@link BenchNames}: listed names written as customers write them (given name first, other case, now and
 * then a dropped letter) and ordinary customer names that match nothing, half and half.
 */
public final class ScreeningBench {
    static final double TARGET_PER_SECOND = 2_000;

    private ScreeningBench() {
    }

    public static void main(String[] args) {
        int warmupSeconds = arg(args, 0, 5);
        int measureSeconds = arg(args, 1, 15);
        long seed = arg(args, 2, 7);

        long buildStart = System.nanoTime();
        long cpuStart = cpuNanos();
        SanctionsList list = OfacCsvLists.fromClasspath();
        NameScreen screen = NameScreen.of(list);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        double buildCpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        List<ScreeningQuery> queries = BenchNames.queries(list, new Random(seed));
        long listedNames = list.entries().stream().mapToLong(e -> e.names().size()).sum();

        System.out.printf(Locale.ROOT, "list: %d entries, %d names; screen built in %.2f s wall, %.2f s CPU%n",
                list.size(), listedNames, buildSeconds, buildCpuSeconds);
        System.out.printf(Locale.ROOT, "queries: %d (half listed names as customers type them, half ordinary"
                + " customer names), one thread%n", queries.size());

        // one pass over every query first: a screen read from the prebuilt image parses an entry and prepares a
        // name the first time a query makes it a candidate, once per environment; this measures the steady state
        long passStart = System.nanoTime();
        queries.forEach(screen::screen);
        System.out.printf(Locale.ROOT, "first pass over the queries (fills the image's lazily parsed entries): %.2f s%n",
                (System.nanoTime() - passStart) / 1e9);
        run(screen, queries, warmupSeconds, null);
        long[] latencies = new long[4_000_000];
        long cpuBefore = cpuNanos();
        Result r = run(screen, queries, measureSeconds, latencies);
        double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, (int) Math.min(r.screens, latencies.length));
        Arrays.sort(sorted);
        double perSecond = r.screens / r.seconds;
        double perCpuSecond = r.screens / cpuSeconds;
        System.out.printf(Locale.ROOT, "measured %d s: %d screens, %d matches found%n", measureSeconds, r.screens, r.hits);
        System.out.printf(Locale.ROOT, "throughput: %.0f screens/s wall (%.2fx the %.0f/s target), %.0f screens per CPU-second (%.2fx)%n",
                perSecond, perSecond / TARGET_PER_SECOND, TARGET_PER_SECOND, perCpuSecond, perCpuSecond / TARGET_PER_SECOND);
        System.out.printf(Locale.ROOT, "latency per screen: p50 %.0f us, p99 %.0f us, p99.9 %.0f us, max %.0f us%n",
                micros(sorted, 0.50), micros(sorted, 0.99), micros(sorted, 0.999), sorted[sorted.length - 1] / 1e3);
        System.out.printf(Locale.ROOT, "CPU share of the measuring thread: %.0f%% (less than 100%% means other work took the core)%n",
                100 * cpuSeconds / r.seconds);
    }

    private record Result(long screens, long hits, double seconds) {
    }

    private static Result run(NameScreen screen, List<ScreeningQuery> queries, int seconds, long[] latencies) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long screens = 0;
        long hits = 0;
        int i = 0;
        long now = start;
        while (now < end) {
            ScreeningQuery q = queries.get(i);
            i = i + 1 == queries.size() ? 0 : i + 1;
            long t0 = System.nanoTime();
            hits += screen.screen(q).size();
            now = System.nanoTime();
            if (latencies != null && screens < latencies.length) {
                latencies[(int) screens] = now - t0;
            }
            screens++;
        }
        return new Result(screens, hits, (now - start) / 1e9);
    }

    private static double micros(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e3;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static int arg(String[] args, int i, int fallback) {
        if (args.length <= i) {
            return fallback;
        }
        String v = args[i].contains("=") ? args[i].substring(args[i].indexOf('=') + 1) : args[i];
        return Integer.parseInt(v);
    }
}
