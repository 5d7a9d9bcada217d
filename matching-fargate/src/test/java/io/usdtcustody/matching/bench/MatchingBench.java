package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.CommandLog;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./platform bench matching}: throughput (ops/s) and latency percentiles of the matching engine on a
 * mixed flow of GTC, IOC, FOK, MARKET orders, cancels and amends against a book a few thousand orders deep,
 * plus a JMH run of the same flow. Arguments are {@code key=value}: {@code part=all|throughput|latency|jmh},
 * {@code depth=4000}, {@code commands=3000000}, {@code iterations=5}, {@code rate=50000},
 * {@code seconds=20}, {@code journal=none}, {@code idle=yield|spin|park} (how latency-run threads wait, see {@link LatencyRun.Idle}).
 *
 * <p>The journal hook: every command is appended to a {@link CommandLog} before the engine executes it and
 * committed in groups. {@code journal=none} uses {@link CommandLog#NONE}; a journal adapter plugs in at
 * {@link #commandLog}; the matching core's {@code JournalOnBench} runs this harness over its
 * {@code JournalCommandLog} for the journal-on figures.
 */
public final class MatchingBench {
    private static final long SEED = 20_251_125L;
    private static final int ACCOUNTS = 2_000;

    private MatchingBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("part", "all", "depth", "4000", "commands", "3000000",
                "iterations", "5", "rate", "50000", "seconds", "20", "journal", "none", "idle", "yield"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                System.err.println("error: unknown argument '" + arg + "'; known: " + options.keySet());
                System.exit(2);
            }
            options.put(kv[0], kv[1]);
        }
        String part = options.get("part").toLowerCase(Locale.ROOT);
        int depth = Integer.parseInt(options.get("depth"));
        CommandLog log = commandLog(options.get("journal"));
        System.out.printf("matching bench: %d cores, %s, Java %s, journal=%s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), options.get("journal"), loadAverage());
        if (part.equals("all") || part.equals("throughput")) {
            throughput(depth, Integer.parseInt(options.get("commands")), Integer.parseInt(options.get("iterations")), log);
        }
        if (part.equals("all") || part.equals("latency")) {
            latency(depth, Integer.parseInt(options.get("rate")), Integer.parseInt(options.get("seconds")), log,
                    LatencyRun.Idle.of(options.get("idle")));
        }
        if (part.equals("all") || part.equals("jmh")) {
            jmh();
        }
    }

    /** Where commands are logged before they are executed: the journal plugs in here. */
    static CommandLog commandLog(String journal) {
        if (journal.equals("none")) {
            return CommandLog.NONE;
        }
        throw new IllegalArgumentException("journal=" + journal + ": only none here; journal-on figures come from "
                + "io.usdtcustody.matching.core.JournalOnBench, which runs this harness over JournalCommandLog");
    }

    private static void throughput(int depth, int commands, int iterations, CommandLog log) {
        MixedOrderFlow flow = new MixedOrderFlow(SEED, ACCOUNTS, depth);
        byte[] start = flow.prefill();
        CommandTape tape = flow.generate(commands);
        System.out.printf("%nthroughput: %,d commands (%s), book %,d orders deep at the start, %,d at the end%n",
                tape.size(), tape.mix(), depth, flow.depth());
        ThroughputRun.Result result = ThroughputRun.run(start, tape, 2, iterations, log);
        System.out.printf("throughput median: %,.0f ops/s (%.2f× exchange-core's 2.75 M ops/s without journal), "
                + "%.2f bytes allocated per op%n", result.median(), result.median() / 2_750_000, result.allocatedBytesPerOp());
    }

    private static void latency(int depth, int rate, int seconds, CommandLog log, LatencyRun.Idle idle)
            throws InterruptedException {
        System.out.printf("%nload average before the latency runs: %s%n", loadAverage());
        int warmup = rate * 5;
        MixedOrderFlow flow = new MixedOrderFlow(SEED + 1, ACCOUNTS, depth);
        byte[] start = flow.prefill();
        CommandTape tape = flow.generate(warmup + rate * seconds);
        System.out.printf("%nlatency at %,d commands/s for %d s after 5 s of warm-up (%s), book %,d deep, idle "
                + "threads %s%n", rate, seconds, tape.mix(), depth, idle.describe());
        LatencyRun.Direct direct = LatencyRun.direct(start, tape, rate, warmup, log, idle);
        report("direct (engine on the pacing thread)", direct.fromDueTime());
        report("  its service time (execute alone, no queueing)", direct.serviceTime());
        report("pipelined (sequencer thread -> ring -> matching thread)",
                LatencyRun.pipelined(start, tape, rate, warmup, log, idle));
    }

    /** The machine's 1/5/15-minute load averages: a latency figure means little without them. */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void report(String label, Histogram h) {
        System.out.printf("  %-56s p50 %8.1f µs  p99 %8.1f µs  p99.9 %8.1f µs  max %9.1f µs  (%,d samples; "
                        + "p99 = %.4f× exchange-core's 8.8 ms)%n", label, h.getValueAtPercentile(50) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3,
                h.getTotalCount(), h.getValueAtPercentile(99) / 8.8e6);
    }

    private static void jmh() throws Exception {
        System.out.printf("%nJMH (1 fork, 3 × 2 s warm-up, 5 × 2 s measured)%n");
        new Runner(new OptionsBuilder()
                .include(MatchingEngineJmh.class.getName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xms2g", "-Xmx2g")
                .build()).run();
    }
}
