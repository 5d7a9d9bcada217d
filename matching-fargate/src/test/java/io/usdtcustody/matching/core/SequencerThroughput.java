package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.matching.journal.JournalConfig;
import io.usdtcustody.matching.journal.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the whole matching core, as the service uses it: one thread submits commands (at most 32,768
 * in flight), the sequencer journals and applies them, and the time ends when the last one is acknowledged as
 * durable. Unlike the engine harness this includes the service edge's per-command allocations (the queued
 * copy, the future, the outcome and its events) and the hand-offs between three threads on two cores.
 */
final class SequencerThroughput {
    private static final int IN_FLIGHT = 32_768;

    private SequencerThroughput() {
    }

    static void run(byte[] start, Command[] commands, Durability durability, Path parent, int iterations)
            throws Exception {
        double[] measured = new double[iterations];
        for (int pass = 0; pass < iterations + 1; pass++) {
            Path data = Files.createTempDirectory(parent, "sequencer-bench-");
            try {
                SnapshotStore.open(data.resolve("snapshots"), 1).write(0, start); // the same starting book
                Files.createDirectories(JournalConfig.defaults(data.resolve("journal")).directory());
                CoreConfig config = CoreConfig.defaults(data).withDurability(durability).withCheckpointEveryCommands(0);
                try (MatchingCore core = MatchingCore.start(config, Clock.systemUTC(), OutcomeListener.NONE)) {
                    Semaphore inFlight = new Semaphore(IN_FLIGHT);
                    AtomicLong refused = new AtomicLong();
                    CompletableFuture<CommandOutcome> last = null;
                    long began = System.nanoTime();
                    for (Command command : commands) {
                        inFlight.acquire();
                        last = core.submit(command);
                        last.whenComplete((outcome, failure) -> {
                            if (failure != null || outcome.code() != ResultCode.SUCCESS) {
                                refused.incrementAndGet();
                            }
                            inFlight.release();
                        });
                    }
                    last.get(60, TimeUnit.SECONDS);
                    double opsPerSecond = commands.length * 1e9 / (System.nanoTime() - began);
                    System.out.printf("  %s %s: %,.0f ops/s acknowledged durable (%d refused)%n", durability,
                            pass == 0 ? "warm-up" : "run " + pass, opsPerSecond, refused.get());
                    if (refused.get() != 0) {
                        throw new IllegalStateException("the tape must be valid: " + refused.get() + " refused");
                    }
                    if (pass > 0) {
                        measured[pass - 1] = opsPerSecond;
                    }
                }
            } finally {
                JournalOnBench.deleteRecursively(data);
            }
        }
        Arrays.sort(measured);
        System.out.printf("%s sequencer median: %,.0f ops/s (%.2f× exchange-core's 0.9 M ops/s journal-on), load "
                + "average %s%n", durability, measured[iterations / 2], measured[iterations / 2] / 900_000,
                JournalOnBench.loadAverage());
    }
}
