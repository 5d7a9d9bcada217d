package io.usdtcustody.localcloud.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The machine a run happened on and how busy it was: processors, CPU model, and the one-minute load average read
 * from {@code /proc/loadavg} before every cold start. Other engineers' builds share these cores, so the load is
 * printed with the figures: a run under heavy load is one to repeat.
 */
final class MachineLoad {
    private final List<Double> loadSamples = new ArrayList<>();

    /** Reads the one-minute load average now; nothing when the OS does not expose it. */
    synchronized void sample() {
        oneMinuteLoad().ifPresent(loadSamples::add);
    }

    /** {@code 2 processors, AMD EPYC} — what the report names the machine by. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " processors, " + cpuModel() + ", Java "
                + System.getProperty("java.version");
    }

    /** {@code load average (1 min) 1.20 at the start, 0.80–2.10 during, 1.05 at the end}. */
    synchronized String summary() {
        if (loadSamples.isEmpty()) {
            return "load average: not available";
        }
        DoubleSummaryStatistics stats = loadSamples.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return String.format(Locale.ROOT, "load average (1 min): %.2f at the start, %.2f–%.2f during, %.2f at the end",
                loadSamples.get(0), stats.getMin(), stats.getMax(), loadSamples.get(loadSamples.size() - 1));
    }

    static OptionalDouble oneMinuteLoad() {
        try {
            String line = Files.readString(Path.of("/proc/loadavg")).trim();
            return OptionalDouble.of(Double.parseDouble(line.split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
