package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.infra.functions.CatalogueFunction;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.assertions.Template;

/** Lambda shape (runtime, SnapStart, sizing, alias), stream wiring and the nightly schedule. */
class FunctionsStackTest {
    private static SynthesizedPlatform synth;
    private static Template functions;

    @BeforeAll
    static void synthesise() {
        synth = SynthesizedPlatform.get();
        functions = synth.template(synth.platform.functions());
    }

    @Test
    void functions_shouldRunJava17OnArmWithSnapStartAndTracing_whenSynthesised() {
        assertThat(functions.findResources("AWS::Lambda::Function").values()).map(SynthesizedPlatform::properties)
                .hasSize(ResourceCatalogue.FUNCTIONS.size())
                .allSatisfy(props -> {
                    assertThat(props.get("Runtime")).isEqualTo("java17");
                    assertThat(Cfn.at(props, "SnapStart", "ApplyOn")).isEqualTo("PublishedVersions");
                    assertThat(props.get("Architectures")).isEqualTo(List.of("arm64"));
                    assertThat(Cfn.at(props, "TracingConfig", "Mode")).isEqualTo("Active");
                    assertThat(Cfn.at(props, "Environment", "Variables", "JAVA_TOOL_OPTIONS"))
                            .isEqualTo(CatalogueFunction.JAVA_TOOL_OPTIONS);
                });
    }

    @Test
    void functions_shouldTakeHandlerMemoryAndTimeoutFromTheSpec_whenSynthesised() {
        for (FunctionSpec spec : ResourceCatalogue.FUNCTIONS) {
            Map<String, Object> props = function(spec);

            assertThat(props.get("Handler")).as(spec.name()).isEqualTo(spec.handler());
            assertThat(props.get("MemorySize")).as(spec.name()).isEqualTo(spec.memoryMb());
            assertThat(props.get("Timeout")).as(spec.name()).isEqualTo(spec.timeoutSeconds());
        }
    }

    @Test
    void functions_shouldLogToARetainedGroupWithRetention_whenSynthesised() {
        assertThat(functions.findResources("AWS::Logs::LogGroup").values())
                .hasSize(ResourceCatalogue.FUNCTIONS.size())
                .allSatisfy(group -> assertThat(properties(group).get("RetentionInDays")).isEqualTo(90));
    }

    @Test
    void everyFunction_shouldHaveALiveAliasOnItsPublishedVersion_whenSynthesised() {
        Map<String, Map<String, Object>> aliases = functions.findResources("AWS::Lambda::Alias");

        assertThat(aliases.values()).map(SynthesizedPlatform::properties)
                .hasSize(ResourceCatalogue.FUNCTIONS.size())
                .allSatisfy(props -> {
                    assertThat(props.get("Name")).isEqualTo(CatalogueFunction.LIVE_ALIAS);
                    assertThat(Cfn.at(props, "FunctionVersion", "Fn::GetAtt")).isInstanceOf(List.class);
                });
        assertThat(functions.findResources("AWS::Lambda::Version")).hasSize(ResourceCatalogue.FUNCTIONS.size());
    }

    @Test
    void streamReaders_shouldConsumeThroughTheLiveAlias_whenSpecReadsStreams() {
        int expected = ResourceCatalogue.FUNCTIONS.stream().mapToInt(spec -> spec.readsStreams().size()).sum();

        assertThat(functions.findResources("AWS::Lambda::EventSourceMapping").values()).map(SynthesizedPlatform::properties)
                .hasSize(expected)
                .allSatisfy(props -> {
                    assertThat(props.get("StartingPosition")).isEqualTo("TRIM_HORIZON");
                    assertThat(props.get("BisectBatchOnFunctionError")).isEqualTo(true);
                    assertThat(props.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
                    assertThat(Cfn.at(props, "DestinationConfig", "OnFailure", "Destination")).isNotNull();
                    assertThat(String.valueOf(props.get("FunctionName"))).contains(":" + CatalogueFunction.LIVE_ALIAS);
                });
    }

    @Test
    void nightlyExport_shouldInvokeTheReportingAliasAtTwoUtc_whenSynthesised() {
        String reportingAlias = aliasIdOf(ResourceCatalogue.REPORTING);

        assertThat(functions.findResources("AWS::Events::Rule").values()).map(SynthesizedPlatform::properties)
                .filteredOn(rule -> "cron(0 2 * * ? *)".equals(rule.get("ScheduleExpression")))
                .singleElement()
                .satisfies(rule -> {
                    assertThat(rule.get("ScheduleExpression")).isEqualTo("cron(0 2 * * ? *)");
                    assertThat(Cfn.list(rule.get("Targets"))).singleElement()
                            .satisfies(target -> assertThat(Cfn.referencedId(Cfn.at(target, "Arn"))).isEqualTo(reportingAlias));
                });
    }

    private static Map<String, Object> function(FunctionSpec spec) {
        String name = SynthesizedPlatform.CONFIG.naming().function(spec);
        return functions.findResources("AWS::Lambda::Function").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(props -> name.equals(props.get("FunctionName")))
                .findFirst().orElseThrow();
    }

    private static String aliasIdOf(FunctionSpec spec) {
        CatalogueFunction function = synth.platform.functions().functions().get(spec.name());
        return synth.platform.functions().getLogicalId(
                (CfnElement) function.live().getNode().getDefaultChild());
    }
}
