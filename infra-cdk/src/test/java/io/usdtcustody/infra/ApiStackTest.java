package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.infra.api.ApiRoutes;
import io.usdtcustody.infra.api.RegionalWebAcl;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** The edge: WAF on the stage, keys and usage plans, access logs, a keyless health check and keyed routes. */
class ApiStackTest {
    private static Template api;

    @BeforeAll
    static void synthesise() {
        SynthesizedPlatform synth = SynthesizedPlatform.get();
        api = synth.template(synth.platform.api());
    }

    @Test
    void webAcl_shouldBeAssociatedWithTheApiStage_whenSynthesised() {
        String stageId = api.findResources("AWS::ApiGateway::Stage").keySet().iterator().next();
        String webAclId = api.findResources("AWS::WAFv2::WebACL").keySet().iterator().next();

        assertThat(api.findResources("AWS::WAFv2::WebACLAssociation").values()).map(SynthesizedPlatform::properties)
                .singleElement()
                .satisfies(association -> {
                    assertThat(String.valueOf(association.get("ResourceArn"))).contains("/stages/", "Ref=" + stageId);
                    assertThat(Cfn.referencedId(association.get("WebACLArn"))).isEqualTo(webAclId);
                });
    }

    @Test
    void webAcl_shouldApplyManagedRulesAndARateLimit_whenSynthesised() {
        Map<String, Object> webAcl = properties(api.findResources("AWS::WAFv2::WebACL").values().iterator().next());
        List<Object> rules = Cfn.list(webAcl.get("Rules"));

        assertThat(webAcl.get("Scope")).isEqualTo("REGIONAL");
        assertThat(rules).map(rule -> Cfn.at(rule, "Statement", "ManagedRuleGroupStatement", "Name"))
                .contains(RegionalWebAcl.COMMON_RULE_SET, RegionalWebAcl.KNOWN_BAD_INPUTS_RULE_SET);
        assertThat(rules).anySatisfy(rule -> {
            assertThat(Cfn.at(rule, "Statement", "RateBasedStatement", "Limit")).isEqualTo(2000);
            assertThat(Cfn.at(rule, "Action", "Block")).isNotNull();
        });
    }

    @Test
    void stage_shouldWriteAccessLogsAndThrottle_whenSynthesised() {
        Map<String, Object> stage = properties(api.findResources("AWS::ApiGateway::Stage").values().iterator().next());

        assertThat(Cfn.at(stage, "AccessLogSetting", "DestinationArn")).isNotNull();
        assertThat(stage.get("TracingEnabled")).isEqualTo(true);
        assertThat(Cfn.list(stage.get("MethodSettings"))).singleElement().satisfies(settings -> {
            assertThat(Cfn.at(settings, "ThrottlingRateLimit")).isNotNull();
            assertThat(Cfn.at(settings, "DataTraceEnabled")).isEqualTo(false);
        });
    }

    @Test
    void partnerUsagePlan_shouldThrottleAndCapAKeyedStage_whenSynthesised() {
        assertThat(api.findResources("AWS::ApiGateway::UsagePlan").values()).map(SynthesizedPlatform::properties)
                .singleElement()
                .satisfies(plan -> {
                    assertThat(Cfn.at(plan, "Throttle", "RateLimit")).isNotNull();
                    assertThat(Cfn.at(plan, "Throttle", "BurstLimit")).isNotNull();
                    assertThat(Cfn.at(plan, "Quota", "Period")).isEqualTo("DAY");
                    assertThat(Cfn.list(plan.get("ApiStages"))).hasSize(1);
                });
        assertThat(api.findResources("AWS::ApiGateway::ApiKey")).hasSize(1)
                .allSatisfy((id, key) -> assertThat(properties(key)).doesNotContainKey("Value"));
        assertThat(api.findResources("AWS::ApiGateway::UsagePlanKey")).hasSize(1);
    }

    @Test
    void health_shouldAnswerOkFromAMockWithoutAKey_whenSynthesised() {
        assertThat(methods()).filteredOn(method -> "MOCK".equals(Cfn.at(method, "Integration", "Type")))
                .singleElement()
                .satisfies(method -> {
                    assertThat(method.get("HttpMethod")).isEqualTo("GET");
                    assertThat(method.get("ApiKeyRequired")).isNull();
                    assertThat(Cfn.list(Cfn.at(method, "Integration", "IntegrationResponses"))).singleElement()
                            .satisfies(response -> {
                                assertThat(Cfn.at(response, "StatusCode")).isEqualTo("200");
                                assertThat(Cfn.at(response, "ResponseTemplates", "application/json")).isEqualTo(ApiRoutes.HEALTH_BODY);
                            });
                });
    }

    @Test
    void businessRoutes_shouldRequireAnApiKey_forEveryFunctionAndService() {
        List<Map<String, Object>> routed = methods().stream()
                .filter(method -> !"MOCK".equals(Cfn.at(method, "Integration", "Type")))
                .toList();
        int deployables = ResourceCatalogue.FUNCTIONS.size() + ResourceCatalogue.SERVICES.size();

        // one method on /v1/<name> and one on /v1/<name>/{proxy+} per deployable
        assertThat(routed).hasSize(2 * deployables).allSatisfy(method -> assertThat(method.get("ApiKeyRequired")).isEqualTo(true));
        assertThat(routed).filteredOn(method -> "AWS_PROXY".equals(Cfn.at(method, "Integration", "Type")))
                .hasSize(2 * ResourceCatalogue.FUNCTIONS.size());
        assertThat(routed).filteredOn(method -> "VPC_LINK".equals(Cfn.at(method, "Integration", "ConnectionType")))
                .hasSize(2 * ResourceCatalogue.SERVICES.size());
        assertThat(api.findResources("AWS::ApiGateway::Resource").values())
                .map(resource -> properties(resource).get("PathPart"))
                .contains(ApiRoutes.VERSION, ApiRoutes.HEALTH)
                .containsAll(ResourceCatalogue.FUNCTIONS.stream().map(spec -> (Object) spec.name()).toList())
                .containsAll(ResourceCatalogue.SERVICES.stream().map(spec -> (Object) spec.name()).toList());
    }

    @Test
    void restApi_shouldBeRegional_whenSynthesised() {
        assertThat(api.findResources("AWS::ApiGateway::RestApi").values()).map(SynthesizedPlatform::properties)
                .singleElement()
                .satisfies(restApi -> assertThat(Cfn.at(restApi, "EndpointConfiguration", "Types")).isEqualTo(List.of("REGIONAL")));
    }

    private static List<Map<String, Object>> methods() {
        return api.findResources("AWS::ApiGateway::Method").values().stream().map(SynthesizedPlatform::properties).toList();
    }
}
