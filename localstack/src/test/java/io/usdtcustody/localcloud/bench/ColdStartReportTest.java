package io.usdtcustody.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ColdStartReportTest {
    private static final Optional<Duration> BASELINE = Optional.of(Duration.ofMillis(600));

    @Test
    void median_shouldBeTheMiddleValue_whenCountIsOdd() {
        assertThat(ColdStartReport.median(millis(900, 100, 500))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void median_shouldAverageTheTwoMiddleValues_whenCountIsEven() {
        assertThat(ColdStartReport.median(millis(400, 100, 900, 600))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void verdict_shouldPass_whenWithinOneAndAHalfBaselinesAndUnderFifteenMegabytes() {
        ColdStartTarget function = function(OptionalLong.of(14_999_999), Optional.empty());

        assertThat(ColdStartReport.verdict(function, samples(true, 850, 900, 950), BASELINE)).isEqualTo("PASS");
    }

    @Test
    void verdict_shouldFail_whenTheMedianIsMoreThanOneAndAHalfBaselines() {
        ColdStartTarget function = function(OptionalLong.of(1_000_000), Optional.empty());

        assertThat(ColdStartReport.verdict(function, samples(true, 800, 910, 2000), BASELINE))
                .isEqualTo("FAIL: 1.52× > 1.5× the baseline");
    }

    @Test
    void verdict_shouldFail_whenTheJarIsFifteenMegabytesOrMore() {
        ColdStartTarget function = function(OptionalLong.of(15_000_000), Optional.empty());

        assertThat(ColdStartReport.verdict(function, samples(true, 600), BASELINE)).isEqualTo("FAIL: jar 15.00 MB >= 15 MB");
    }

    @Test
    void verdict_shouldFail_whenAColdStartDidNotAnswer() {
        ColdStartTarget function = function(OptionalLong.of(1_000_000), Optional.empty());
        List<ColdStartSample> taken = List.of(sample(true, 600), sample(false, 700));

        assertThat(ColdStartReport.verdict(function, taken, BASELINE)).isEqualTo("FAIL: 1 of 2 cold starts failed");
    }

    @Test
    void verdict_shouldSayWhyAndStillJudgeTheJar_whenTheFunctionWasNotMeasured() {
        ColdStartTarget function = function(OptionalLong.of(19_150_000), Optional.of("no handler yet"));

        assertThat(ColdStartReport.verdict(function, List.of(), BASELINE)).isEqualTo("no handler yet; jar 19.15 MB >= 15 MB");
    }

    @Test
    void failures_shouldCountOnlyFunctionsThatMissedATarget() {
        ColdStartTarget slow = function(OptionalLong.of(1_000_000), Optional.empty());
        ColdStartTarget baseline = target("DynamoDB baseline", ColdStartTarget.Role.BASELINE, OptionalLong.of(7_000_000), Optional.empty());
        ColdStartTarget unbuilt = target("kyc", ColdStartTarget.Role.FUNCTION, OptionalLong.empty(), Optional.of("not built"));
        ColdStartReport report = new ColdStartReport(List.of(baseline, slow, unbuilt),
                Map.of("DynamoDB baseline", samples(true, 600, 600, 600), "onboarding", samples(true, 1000, 1000, 1000)));

        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.table()).contains("1.67×").contains("0.600 s / 0.600 s").contains("not built");
    }

    private static ColdStartTarget function(OptionalLong bytes, Optional<String> notMeasured) {
        return target("onboarding", ColdStartTarget.Role.FUNCTION, bytes, notMeasured);
    }

    private static ColdStartTarget target(String label, ColdStartTarget.Role role, OptionalLong bytes, Optional<String> notMeasured) {
        Path jar = Path.of("function-" + label + ".jar");
        return new ColdStartTarget(label, role, new FunctionDeployment(ResourceCatalogue.ONBOARDING, label, List.of(jar), Map.of()),
                jar, bytes, notMeasured, FirstRequest.of("test", new byte[0]));
    }

    private static List<ColdStartSample> samples(boolean succeeded, long... millis) {
        return LongStream.of(millis).mapToObj(m -> sample(succeeded, m)).toList();
    }

    private static ColdStartSample sample(boolean succeeded, long millis) {
        return new ColdStartSample(Duration.ofMillis(millis), Duration.ofMillis(millis / 2), succeeded, succeeded ? "HTTP 200" : "TIMEOUT");
    }

    private static List<Duration> millis(long... values) {
        return LongStream.of(values).mapToObj(Duration::ofMillis).toList();
    }
}
