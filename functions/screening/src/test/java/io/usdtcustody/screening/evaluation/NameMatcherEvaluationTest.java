package io.usdtcustody.screening.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.screening.fixture.OfacFixture;
import io.usdtcustody.screening.name.NameMatcher;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on the labelled evaluation set built from the OFAC list (see {@link EvaluationSetGenerator}):
 * F1 at the default threshold of at least 0.85 on the half of the set never used to choose that threshold.
 */
class NameMatcherEvaluationTest {
    private static final Predicate<EvaluationPair> TEST_HALF = EvaluationReport.HEADLINE.and(p -> p.split().equals("test"));
    private static final Predicate<EvaluationPair> TUNE_HALF = EvaluationReport.HEADLINE.and(p -> p.split().equals("tune"));

    @Test
    void defaultThreshold_shouldReachF1OfAtLeast085_whenScoringTheHeldBackHalfOfTheEvaluationSet() {
        NameMatcher matcher = new NameMatcher(OfacFixture.weights());
        EvaluationRun run = new EvaluationRun(EvaluationRun.load(), matcher);
        EvaluationRun.Metrics test = run.metrics(NameMatcher.DEFAULT_THRESHOLD, TEST_HALF);
        EvaluationRun.Metrics all = run.metrics(NameMatcher.DEFAULT_THRESHOLD, EvaluationReport.HEADLINE);
        System.out.println("evaluation, test half: " + test + "; whole set: " + all);
        assertThat(test.size()).isGreaterThan(2_500);
        assertThat(test.f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(all.f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void defaultThreshold_shouldBeTheBestOnTheTuneHalf_whenItWasChosenThere() {
        EvaluationRun run = new EvaluationRun(EvaluationRun.load(), new NameMatcher(OfacFixture.weights()));
        double best = run.bestThreshold(TUNE_HALF);
        assertThat(run.metrics(NameMatcher.DEFAULT_THRESHOLD, TUNE_HALF).f1())
                .isGreaterThanOrEqualTo(run.metrics(best, TUNE_HALF).f1() - 0.005);
    }

    @Test
    void committedEvaluationSet_shouldBeTheGeneratorOutput_whenRegeneratedFromTheList() {
        List<EvaluationPair> regenerated = new EvaluationSetGenerator(OfacFixture.list()).generate();
        assertThat(EvaluationRun.load()).isEqualTo(regenerated);
        assertThat(regenerated).filteredOn(EvaluationPair::match).hasSizeGreaterThan(3_000);
        assertThat(regenerated).filteredOn(p -> !p.match()).hasSizeGreaterThan(2_000);
    }
}
