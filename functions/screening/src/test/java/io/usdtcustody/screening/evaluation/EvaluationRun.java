package io.usdtcustody.screening.evaluation;

import io.usdtcustody.screening.csv.CsvReader;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.name.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The evaluation set scored once by a matcher: metrics at any threshold, for any subset of pairs. */
final class EvaluationRun {
    record Scored(EvaluationPair pair, double score) {
    }

    /** Precision, recall and F1 of one subset at one threshold, with the counts behind them. */
    record Metrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int size() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (n=%d, tp=%d fp=%d fn=%d tn=%d)",
                    precision(), recall(), f1(), size(), truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    private final List<Scored> scored;

    EvaluationRun(List<EvaluationPair> pairs, NameMatcher matcher) {
        List<Scored> s = new ArrayList<>(pairs.size());
        for (EvaluationPair p : pairs) {
            s.add(new Scored(p, matcher.score(p.name1(), p.name2(), Schema.parseQuerySchema(p.schema()))));
        }
        this.scored = List.copyOf(s);
    }

    static List<EvaluationPair> load() {
        try (InputStream in = EvaluationRun.class.getClassLoader().getResourceAsStream(EvaluationSetGenerator.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(EvaluationSetGenerator.RESOURCE + " is not on the test class path");
            }
            CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = csv.next();
            if (!String.join(",", header).equals(EvaluationPair.HEADER)) {
                throw new IllegalStateException("unexpected evaluation header " + header);
            }
            List<EvaluationPair> pairs = new ArrayList<>();
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                pairs.add(new EvaluationPair(r.get(0), r.get(1), r.get(2), r.get(3).equals("match"), r.get(4), r.get(5)));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Scored> scored() {
        return scored;
    }

    Metrics metrics(double threshold, Predicate<EvaluationPair> subset) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Scored s : scored) {
            if (!subset.test(s.pair())) {
                continue;
            }
            boolean predicted = s.score() >= threshold;
            if (s.pair().match()) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Metrics(tp, fp, fn, tn);
    }

    /** The threshold (on a 0.01 grid) with the best F1 on {@code subset}. */
    double bestThreshold(Predicate<EvaluationPair> subset) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 40; t <= 99; t++) {
            double f1 = metrics(t / 100.0, subset).f1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    /** Accuracy per category (the share of its pairs decided right) at {@code threshold}. */
    Map<String, String> byCategory(double threshold, Predicate<EvaluationPair> subset) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Scored s : scored) {
            if (subset.test(s.pair())) {
                String category = s.pair().category().contains(":") && s.pair().category().startsWith("variant")
                        ? s.pair().category().split("[:+]")[1] : s.pair().category();
                int[] c = counts.computeIfAbsent((s.pair().match() ? "+ " : "- ") + category, k -> new int[2]);
                c[0] += (s.score() >= threshold) == s.pair().match() ? 1 : 0;
                c[1]++;
            }
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, String.format(java.util.Locale.ROOT, "%d/%d right (%.1f%%)", c[0], c[1],
                100.0 * c[0] / c[1])));
        return out;
    }
}
