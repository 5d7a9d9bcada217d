package io.usdtcustody.screening.evaluation;

import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.search.ListWeights;
import java.util.List;
import java.util.function.Predicate;

/**
 * Prints the evaluation: the best threshold on the tune half, metrics on both halves at the default
 * threshold, per-category accuracy, and the worst mistakes ({@code java … EvaluationReport [mistakes]}).
 */
final class EvaluationReport {
    static final Predicate<EvaluationPair> HEADLINE = p -> !p.category().equals("alias-unrelated");

    private EvaluationReport() {
    }

    public static void main(String[] args) {
        int mistakes = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        NameMatcher matcher = new NameMatcher(ListWeights.learn(OfacCsvLists.fromClasspath()));
        List<EvaluationPair> pairs = EvaluationRun.load();
        EvaluationRun run = new EvaluationRun(pairs, matcher);
        Predicate<EvaluationPair> tune = HEADLINE.and(p -> p.split().equals("tune"));
        Predicate<EvaluationPair> test = HEADLINE.and(p -> p.split().equals("test"));
        double best = run.bestThreshold(tune);
        double t = matcher.threshold();
        System.out.printf("best threshold on tune: %.2f -> tune %s%n", best, run.metrics(best, tune));
        for (double x = 0.70; x <= 0.921; x += 0.02) {
            System.out.printf("  at %.2f: tune %s | test %s%n", x, run.metrics(x, tune), run.metrics(x, test));
        }
        System.out.printf("default %.2f: tune %s%n", t, run.metrics(t, tune));
        System.out.printf("default %.2f: test %s%n", t, run.metrics(t, test));
        System.out.printf("default %.2f: all (headline) %s%n", t, run.metrics(t, HEADLINE));
        System.out.printf("default %.2f: all incl. unrelated aliases %s%n", t, run.metrics(t, p -> true));
        run.byCategory(t, p -> true).forEach((k, v) -> System.out.printf("  %-28s %s%n", k, v));
        run.scored().stream().filter(s -> HEADLINE.test(s.pair()) && (s.score() >= t) != s.pair().match())
                .sorted((a, b) -> Double.compare(Math.abs(b.score() - t), Math.abs(a.score() - t)))
                .limit(mistakes)
                .forEach(s -> System.out.printf("%s %.3f [%s] %s | %s | %s%n", s.pair().match() ? "FN" : "FP", s.score(),
                        s.pair().category(), s.pair().name1(), s.pair().name2(),
                        matcher.compare(s.pair().name1(), s.pair().name2(),
                                io.usdtcustody.screening.name.Schema.parseQuerySchema(s.pair().schema())).explanation()));
    }
}
