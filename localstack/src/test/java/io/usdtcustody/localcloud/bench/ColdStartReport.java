package io.usdtcustody.localcloud.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Turns the cold starts of one run into the table {@code ./platform bench coldstart} prints: per target the
 * artifact size, the median and maximum time to the first response, the median init, the ratio of the median to
 * the DynamoDB baseline's median (times over the cold starts that were served), what the function answered, and
 * for functions a verdict against the targets (within {@value #MAX_RATIO}× the baseline, artifact under 15 MB;
 * a cold start that was not served fails it).
 */
final class ColdStartReport {
    static final double MAX_RATIO = 1.5;
    /** 15 MB, decimal: {@code 15,000,000} bytes. */
    static final long MAX_ARTIFACT_BYTES = 15_000_000L;
    private static final String FORMAT = "%-26s %9s %17s %8s %7s %-14s %s%n";

    private final List<ColdStartTarget> targets;
    private final Map<String, List<ColdStartSample>> samples;

    /** {@code samples} by target label, in the order they were taken. */
    ColdStartReport(List<ColdStartTarget> targets, Map<String, List<ColdStartSample>> samples) {
        this.targets = List.copyOf(targets);
        this.samples = Map.copyOf(samples);
    }

    String table() {
        Optional<Duration> baseline = targets.stream().filter(t -> t.role() == ColdStartTarget.Role.BASELINE).findFirst()
                .flatMap(this::medianOfHealthy);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, FORMAT, "target", "artifact", "median / max", "init", "ratio", "answer", "verdict"));
        for (ColdStartTarget target : targets) {
            List<ColdStartSample> taken = samples.getOrDefault(target.label(), List.of());
            List<ColdStartSample> served = taken.stream().filter(ColdStartSample::succeeded).toList();
            String times = "-";
            String init = "-";
            String ratio = "-";
            if (!served.isEmpty()) {
                times = seconds(median(firstResponses(served))) + " / " + seconds(max(firstResponses(served)));
                init = seconds(median(served.stream().map(ColdStartSample::init).toList()));
                ratio = baseline.map(b -> String.format(Locale.ROOT, "%.2f×", ratio(median(firstResponses(served)), b))).orElse("-");
            }
            out.append(String.format(Locale.ROOT, FORMAT, target.label(), megabytes(target.artifactBytes()), times, init,
                    ratio, answers(taken), verdict(target, taken, baseline)));
        }
        return out.toString();
    }

    /** Functions that were measured and missed a target, or whose jar is over the limit. */
    long failures() {
        Optional<Duration> baseline = targets.stream().filter(t -> t.role() == ColdStartTarget.Role.BASELINE).findFirst()
                .flatMap(this::medianOfHealthy);
        return targets.stream().filter(t -> t.role() == ColdStartTarget.Role.FUNCTION)
                .filter(t -> verdict(t, samples.getOrDefault(t.label(), List.of()), baseline).startsWith("FAIL")).count();
    }

    static String verdict(ColdStartTarget target, List<ColdStartSample> taken, Optional<Duration> baselineMedian) {
        if (target.role() == ColdStartTarget.Role.FLOOR) {
            return "floor";
        }
        if (target.role() == ColdStartTarget.Role.BASELINE) {
            return failed(taken) > 0 ? "baseline FAILED: " + failed(taken) + " of " + taken.size() + " cold starts" : "baseline";
        }
        List<String> problems = new ArrayList<>();
        if (target.artifactBytes().isPresent() && target.artifactBytes().getAsLong() >= MAX_ARTIFACT_BYTES) {
            problems.add("jar " + megabytes(target.artifactBytes()) + " >= 15 MB");
        }
        if (target.notMeasured().isPresent()) {
            return target.notMeasured().get() + (problems.isEmpty() ? "" : "; " + String.join("; ", problems));
        }
        if (failed(taken) > 0) {
            problems.add(0, failed(taken) + " of " + taken.size() + " cold starts failed");
        } else if (baselineMedian.isEmpty()) {
            problems.add(0, "no baseline to compare with");
        } else {
            double ratio = ratio(median(firstResponses(taken)), baselineMedian.get());
            if (ratio > MAX_RATIO) {
                problems.add(0, String.format(Locale.ROOT, "%.2f× > %.1f× the baseline", ratio, MAX_RATIO));
            }
        }
        return problems.isEmpty() ? "PASS" : "FAIL: " + String.join("; ", problems);
    }

    private Optional<Duration> medianOfHealthy(ColdStartTarget target) {
        List<ColdStartSample> taken = samples.getOrDefault(target.label(), List.of());
        return taken.isEmpty() || failed(taken) > 0 ? Optional.empty() : Optional.of(median(firstResponses(taken)));
    }

    /** The middle value; for an even count, the mean of the two middle values. */
    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    static Duration max(List<Duration> values) {
        return values.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    static double ratio(Duration value, Duration baseline) {
        return (double) value.toNanos() / baseline.toNanos();
    }

    private static List<Duration> firstResponses(List<ColdStartSample> taken) {
        return taken.stream().map(ColdStartSample::firstResponse).toList();
    }

    private static long failed(List<ColdStartSample> taken) {
        return taken.stream().filter(sample -> !sample.succeeded()).count();
    }

    /** The distinct answers, most frequent first ({@code HTTP 200}, or {@code HTTP 200, HTTP 502} when they differ). */
    private static String answers(List<ColdStartSample> taken) {
        if (taken.isEmpty()) {
            return "-";
        }
        Map<String, Long> counts = taken.stream().collect(Collectors.groupingBy(ColdStartSample::answer, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%.2f MB", bytes.getAsLong() / 1e6) : "-";
    }
}
