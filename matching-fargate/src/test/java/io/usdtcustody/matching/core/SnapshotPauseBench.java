package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.journal.JournalConfig;
import io.usdtcustody.matching.journal.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * How long the matching thread stops answering while snapshots are taken. The whole {@link MatchingCore} runs
 * the bench's mixed flow at a steady rate against a deep book (so a snapshot is megabytes), with a checkpoint
 * every so many commands; meanwhile a probe asks the sequencer thread for the time at a fixed rate
 * ({@link MatchingCore#read}, which queues behind commands exactly as a command would). A probe's latency runs
 * from when it was due to when the sequencer ran it, so a stalled matching thread counts against every probe
 * that fell due meanwhile. Reported: probe latency percentiles and maximum, and the snapshots written.
 *
 * <p>Arguments as {@code key=value}: {@code depth=100000 rate=20000 seconds=20 warmup=5 checkpoint=50000
 * probes=2000} (probes per second) {@code dir=<tmp>}.
 */
public final class SnapshotPauseBench {

    private SnapshotPauseBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("depth", "100000", "rate", "20000", "seconds", "20",
                "warmup", "5", "checkpoint", "50000", "probes", "2000", "dir", System.getProperty("java.io.tmpdir")));
        JournalOnBench.parseOptions(options, args);
        int rate = Integer.parseInt(options.get("rate"));
        int seconds = Integer.parseInt(options.get("seconds"));
        int warmup = Integer.parseInt(options.get("warmup"));
        int probes = Integer.parseInt(options.get("probes"));
        int checkpoint = Integer.parseInt(options.get("checkpoint"));
        BenchFlow flow = BenchFlow.generate(Integer.parseInt(options.get("depth")), rate * (seconds + warmup));
        System.out.printf("snapshot pause: %d cores, Java %s, book %s deep (snapshot %,d bytes), %,d commands/s for "
                + "%d s after %d s warm-up, a checkpoint every %,d commands, %,d probes/s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), options.get("depth"),
                flow.start().length, rate, seconds, warmup, checkpoint, probes, JournalOnBench.loadAverage());
        Path data = Files.createTempDirectory(Path.of(options.get("dir")), "snapshot-pause-");
        try {
            SnapshotStore.open(data.resolve("snapshots"), 2).write(0, flow.start());
            Files.createDirectories(JournalConfig.defaults(data.resolve("journal")).directory());
            CoreConfig config = CoreConfig.defaults(data).withCheckpointEveryCommands(checkpoint);
            try (MatchingCore core = MatchingCore.start(config, Clock.systemUTC(), OutcomeListener.NONE)) {
                long began = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
                long measureFrom = began + TimeUnit.SECONDS.toNanos(warmup);
                Thread submitter = new Thread(() -> submit(core, flow.commands(), rate, began), "bench-submitter");
                submitter.start();
                Histogram probeLatency = probe(core, probes, measureFrom, measureFrom + TimeUnit.SECONDS.toNanos(seconds));
                submitter.join();
                long snapshots;
                try (Stream<Path> files = Files.list(data.resolve("snapshots"))) {
                    snapshots = files.count();
                }
                System.out.printf("matching-thread probe: p50 %.1f µs  p99 %.1f µs  p99.9 %.1f µs  max %.1f µs  "
                        + "(%,d probes); snapshots on disk at the end %d (last at sequence %d); load average %s%n",
                        probeLatency.getValueAtPercentile(50) / 1e3, probeLatency.getValueAtPercentile(99) / 1e3,
                        probeLatency.getValueAtPercentile(99.9) / 1e3, probeLatency.getMaxValue() / 1e3,
                        probeLatency.getTotalCount(), snapshots,
                        SnapshotStore.open(data.resolve("snapshots"), 2).sequencesNewestFirst().get(0),
                        JournalOnBench.loadAverage());
            }
        } finally {
            JournalOnBench.deleteRecursively(data);
        }
    }

    /** Submits the commands at {@code rate} per second from {@code began}, with a bound on those in flight. */
    private static void submit(MatchingCore core, Command[] commands, int rate, long began) {
        Semaphore inFlight = new Semaphore(65_536);
        CompletableFuture<CommandOutcome> last = null;
        for (int i = 0; i < commands.length; i++) {
            awaitNanoTime(began + i * 1_000_000_000L / rate);
            inFlight.acquireUninterruptibly();
            last = core.submit(commands[i]);
            last.whenComplete((outcome, failure) -> inFlight.release());
        }
        last.join();
    }

    /** Probes the sequencer thread at {@code perSecond} from {@code from} to {@code to}; latency from due time. */
    private static Histogram probe(MatchingCore core, int perSecond, long from, long to) {
        record Probe(long due, CompletableFuture<Long> ranAt) {
        }
        List<Probe> sent = new ArrayList<>();
        long interval = 1_000_000_000L / perSecond;
        for (long due = from; due < to; due += interval) {
            awaitNanoTime(due);
            sent.add(new Probe(due, core.read(engine -> System.nanoTime())));
        }
        Histogram latency = new Histogram(60_000_000_000L, 3);
        for (Probe probe : sent) {
            latency.recordValue(Math.max(0, probe.ranAt().join() - probe.due()));
        }
        return latency;
    }

    private static void awaitNanoTime(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            if (left > 200_000) {
                LockSupport.parkNanos(left - 100_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
