package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.CommandLog;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.matching.journal.Journal;
import io.usdtcustody.matching.journal.JournalConfig;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Engine throughput with the write-ahead journal on: the engine engineer's throughput harness and mixed flow
 * ({@code io.usdtcustody.matching.bench}: GTC/IOC/FOK/market/cancel/amend against a book a few thousand orders
 * deep, one thread, a group commit every 1,024 commands that waits until they are durable), with
 * {@link JournalCommandLog} as the command log, once per {@link Durability}. Those harness classes are
 * package-private and their hook ({@code MatchingBench.commandLog}) does not yet know the journal, so this
 * reaches them reflectively; once the hook wires {@link JournalCommandLog}, this class can go.
 *
 * <p>Arguments as {@code key=value}: {@code depth=4000 commands=3000000 iterations=5 durability=both}
 * ({@code fsync}, {@code pagecache} or {@code both}); the journal goes to a temporary directory under
 * {@code dir=} (default the system temporary directory) and is deleted afterwards. {@code sequencer=N} instead
 * runs the first N commands of the same tape through the whole {@link MatchingCore} (see
 * {@link SequencerThroughput}).
 */
public final class JournalOnBench {
    private JournalOnBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("depth", "4000", "commands", "3000000",
                "iterations", "5", "durability", "both", "dir", System.getProperty("java.io.tmpdir"),
                "sequencer", "0"));
        parseOptions(options, args);
        int sequencerCommands = Integer.parseInt(options.get("sequencer"));
        BenchFlow flow = BenchFlow.generate(Integer.parseInt(options.get("depth")),
                Integer.parseInt(options.get("commands")), sequencerCommands);
        Object tape = flow.tape();
        Method run = BenchFlow.accessible(Class.forName(BenchFlow.BENCH + "ThroughputRun").getDeclaredMethod("run",
                byte[].class, tape.getClass(), int.class, int.class, CommandLog.class));
        System.out.printf("journal-on throughput: %d cores, Java %s, %,d commands (%s), book %s deep, load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), flow.size(),
                flow.mix(), options.get("depth"), loadAverage());
        byte[] start = flow.start();
        if (sequencerCommands > 0) {
            for (Durability durability : durabilities(options.get("durability"))) {
                SequencerThroughput.run(start, flow.commands(), durability, Path.of(options.get("dir")),
                        Integer.parseInt(options.get("iterations")));
            }
            return;
        }
        for (Durability durability : durabilities(options.get("durability"))) {
            Path directory = Files.createTempDirectory(Path.of(options.get("dir")), "journal-bench-");
            try (Journal journal = Journal.open(JournalConfig.defaults(directory).withDurability(durability))) {
                System.out.printf("%n%s (group commit every 1,024 commands, waited for):%n", durability);
                Object result = run.invoke(null, start, tape, 2, Integer.parseInt(options.get("iterations")),
                        new JournalCommandLog(journal));
                double median = (double) BenchFlow.accessible(result.getClass().getDeclaredMethod("median")).invoke(result);
                System.out.printf("%s median: %,.0f ops/s (%.2f× exchange-core's 0.9 M ops/s journal-on; target 1.5 M: "
                        + "%s), load average %s%n", durability, median, median / 900_000,
                        median >= 1_500_000 ? "met" : "not met", loadAverage());
            } finally {
                deleteRecursively(directory);
            }
        }
    }

    private static Durability[] durabilities(String option) {
        return switch (option) {
            case "fsync" -> new Durability[] {Durability.FSYNC_PER_BATCH};
            case "pagecache" -> new Durability[] {Durability.OS_PAGE_CACHE};
            case "both" -> Durability.values();
            default -> throw new IllegalArgumentException("durability=" + option + ": fsync, pagecache or both");
        };
    }

    /** Overrides {@code options} (the defaults) with {@code key=value} arguments; an unknown key exits 2. */
    static void parseOptions(Map<String, String> options, String[] args) {
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                System.err.println("error: unknown argument '" + arg + "'; known: " + options.keySet());
                System.exit(2);
            }
            options.put(kv[0], kv[1]);
        }
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
