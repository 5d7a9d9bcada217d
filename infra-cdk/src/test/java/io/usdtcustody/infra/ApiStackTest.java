package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.infra.api.ApiRoutes;
import io.usdtcustody.infra.api.ProblemGatewayResponses;
import io.usdtcustody.infra.api.RegionalWebAcl;
import io.usdtcustody.infra.api.RouteIntegrations;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.catalogue.UsagePlanSpec;
import io.usdtcustody.model.errors.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * The edge as synthesised from the catalogue's route table: every route on the edges its auth names, keys and
 * the request authorizer where the table says, nothing open but health and the vendor webhook, usage plans equal to the
 * catalogue's, Idempotency-Key enforced on writes, tenant headers that clients cannot set, WAF on both stages.
 */
class ApiStackTest {
    private static final ApiSpec SPEC = ResourceCatalogue.API;
    private static Template api;
    private static ApiMethods methods;

    @BeforeAll
    static void synthesise() {
        SynthesizedPlatform synth = SynthesizedPlatform.get();
        api = synth.template(synth.platform.api());
        methods = new ApiMethods(api);
    }

    @Test
    void everyCatalogueRoute_shouldHaveAMethod_onEachEdgeItsAuthNames() {
        for (RouteSpec route : SPEC.routes()) {
            boolean partner = route.auth().acceptsApiKey() || route.auth().isPublic();
            assertThat(methods.find("partner", route)).as("partner " + route.path()).isEqualTo(partner ? 1 : 0);
            assertThat(methods.find("mobile", route)).as("mobile " + route.path()).isEqualTo(route.auth().acceptsJwt() ? 1 : 0);
        }
        int healthChecks = 2;
        assertThat(methods.all()).hasSize(ApiRoutes.partnerRoutes(SPEC).size() + ApiRoutes.mobileRoutes(SPEC).size() + healthChecks);
    }

    @Test
    void partnerMethods_shouldRequireAnApiKey_exactlyWhereTheTableSays() {
        for (RouteSpec route : ApiRoutes.partnerRoutes(SPEC)) {
            Map<String, Object> method = methods.method("partner", route);
            assertThat(method.get("ApiKeyRequired")).as(route.path()).isEqualTo(route.auth().acceptsApiKey() ? true : false);
        }
    }

    @Test
    void mobileMethods_shouldUseTheMobileRequestAuthorizer_andNoKey() {
        String authorizerId = EdgeAuthorizerTest.authorizerId(api, "Authorization");
        for (RouteSpec route : ApiRoutes.mobileRoutes(SPEC)) {
            Map<String, Object> method = methods.method("mobile", route);
            assertThat(method.get("AuthorizationType")).as(route.path()).isEqualTo("CUSTOM");
            assertThat(Cfn.referencedId(method.get("AuthorizerId"))).isEqualTo(authorizerId);
            assertThat(method.get("ApiKeyRequired")).isNotEqualTo(true);
        }
        assertThat(api.findResources("AWS::ApiGateway::Authorizer").values()).map(SynthesizedPlatform::properties)
                .noneMatch(authorizer -> "COGNITO_USER_POOLS".equals(authorizer.get("Type")));
    }

    @Test
    void noMethod_shouldBeOpen_exceptHealthAndTheVendorWebhook() {
        assertThat(methods.all()).filteredOn(method -> !Boolean.TRUE.equals(method.properties().get("ApiKeyRequired"))
                        && !"CUSTOM".equals(method.properties().get("AuthorizationType")))
                .extracting(ApiMethods.Method::path)
                .containsExactlyInAnyOrder("/health", "/health", "/v1/kyc/webhooks/{vendor}");
    }

    @Test
    void usagePlans_shouldEqualTheCataloguePlans_onThePartnerStageOnly() {
        List<Map<String, Object>> plans = api.findResources("AWS::ApiGateway::UsagePlan").values().stream()
                .map(SynthesizedPlatform::properties).toList();
        assertThat(plans).hasSize(SPEC.usagePlans().size());
        for (UsagePlanSpec spec : SPEC.usagePlans()) {
            assertThat(plans).filteredOn(plan -> String.valueOf(plan.get("UsagePlanName")).endsWith(spec.name()))
                    .singleElement().satisfies(plan -> {
                        assertThat(Cfn.at(plan, "Throttle", "RateLimit")).isEqualTo(spec.ratePerSecond());
                        assertThat(Cfn.at(plan, "Throttle", "BurstLimit")).isEqualTo(spec.burst());
                        assertThat(((Number) Cfn.at(plan, "Quota", "Limit")).longValue()).isEqualTo(spec.requestsPerDay());
                        assertThat(Cfn.at(plan, "Quota", "Period")).isEqualTo("DAY");
                        assertThat(Cfn.list(plan.get("ApiStages"))).singleElement().satisfies(stage ->
                                assertThat(Cfn.referencedId(Cfn.at(stage, "ApiId"))).isEqualTo(methods.apiId("partner")));
                    });
        }
        // partner keys name their tenant and are imported by operators: none (and no key value) in the template
        assertThat(api.findResources("AWS::ApiGateway::ApiKey")).isEmpty();
    }

    @Test
    void writes_shouldRequireAnIdempotencyKeyHeader_throughTheRequestValidator() {
        for (ApiMethods.Method method : methods.routed()) {
            boolean write = method.route().idempotencyKeyRequired();
            Object required = Cfn.at(method.properties(), "RequestParameters", "method.request.header.Idempotency-Key");
            assertThat(required).as(method.path()).isEqualTo(write ? true : null);
            if (write) {
                String validator = Cfn.referencedId(method.properties().get("RequestValidatorId"));
                assertThat(properties(api.findResources("AWS::ApiGateway::RequestValidator").get(validator)))
                        .containsEntry("ValidateRequestParameters", true);
            }
        }
    }

    @Test
    void serviceRoutes_shouldProxyTheSamePathThroughTheVpcLink_withATenantHeaderOnlyTheAuthorizerSets() {
        List<ApiMethods.Method> serviceMethods = methods.routed().stream()
                .filter(method -> method.route().target() instanceof RouteTarget.ServiceTarget).toList();
        assertThat(serviceMethods).isNotEmpty().allSatisfy(method -> {
            Map<String, Object> integration = Cfn.map(method.properties(), "Integration");
            assertThat(integration).containsEntry("Type", "HTTP_PROXY").containsEntry("ConnectionType", "VPC_LINK");
            assertThat(String.valueOf(integration.get("Uri"))).endsWith(":" + ResourceCatalogue.CUSTODY.port() + method.route().path() + "]]}");
            assertThat(Cfn.at(integration, "RequestParameters", "integration.request.header.X-Tenant-Id"))
                    .isEqualTo(RouteIntegrations.TENANT_SOURCE);
            method.route().pathParameters().forEach(name -> assertThat(Cfn.at(integration, "RequestParameters",
                    "integration.request.path." + name)).isEqualTo("method.request.path." + name));
        });
    }

    @Test
    void functionRoutes_shouldBeLambdaProxyIntegrations_ofTheFunctionsLiveAlias() {
        assertThat(methods.routed()).filteredOn(method -> method.route().target() instanceof RouteTarget.FunctionTarget)
                .isNotEmpty().allSatisfy(method -> {
                    Map<String, Object> integration = Cfn.map(method.properties(), "Integration");
                    assertThat(integration).containsEntry("Type", "AWS_PROXY").containsEntry("IntegrationHttpMethod", "POST");
                    assertThat(String.valueOf(integration.get("Uri"))).contains("Fn" + method.route().target().name())
                            .containsIgnoringCase("live");
                });
    }

    @Test
    void mobileUsers_shouldCarryAnImmutableTenant_thatTheAppCannotWrite() {
        Map<String, Object> pool = properties(api.findResources("AWS::Cognito::UserPool").values().iterator().next());
        String attribute = SPEC.tenantClaim().substring("custom:".length());

        assertThat(Cfn.list(pool.get("Schema"))).anySatisfy(schema -> {
            assertThat(Cfn.at(schema, "Name")).isEqualTo(attribute);
            assertThat(Cfn.at(schema, "Mutable")).isEqualTo(false);
        });
        assertThat(Cfn.at(pool, "AdminCreateUserConfig", "AllowAdminCreateUserOnly")).isEqualTo(true);
        Map<String, Object> client = properties(api.findResources("AWS::Cognito::UserPoolClient").values().iterator().next());
        assertThat(client.get("GenerateSecret")).isEqualTo(false);
        assertThat(Cfn.list(client.get("WriteAttributes"))).doesNotContain(SPEC.tenantClaim());
    }

    @Test
    void webAcl_shouldGuardBothStages_withManagedRulesAndARateLimit() {
        Map<String, Object> webAcl = properties(api.findResources("AWS::WAFv2::WebACL").values().iterator().next());
        List<Object> rules = Cfn.list(webAcl.get("Rules"));

        assertThat(webAcl.get("Scope")).isEqualTo("REGIONAL");
        assertThat(rules).map(rule -> Cfn.at(rule, "Statement", "ManagedRuleGroupStatement", "Name"))
                .contains(RegionalWebAcl.COMMON_RULE_SET, RegionalWebAcl.KNOWN_BAD_INPUTS_RULE_SET);
        assertThat(rules).anySatisfy(rule -> {
            assertThat(Cfn.at(rule, "Statement", "RateBasedStatement", "Limit")).isEqualTo(2000);
            assertThat(Cfn.at(rule, "Statement", "RateBasedStatement", "AggregateKeyType")).isEqualTo("IP");
            assertThat(Cfn.at(rule, "Action", "Block")).isNotNull();
        });
        List<String> stages = List.copyOf(api.findResources("AWS::ApiGateway::Stage").keySet());
        assertThat(api.findResources("AWS::WAFv2::WebACLAssociation").values()).map(SynthesizedPlatform::properties)
                .hasSize(2)
                .allSatisfy(association -> assertThat(String.valueOf(association.get("ResourceArn"))).contains("/stages/"))
                .map(association -> stages.stream().filter(stage -> String.valueOf(association.get("ResourceArn"))
                        .contains("Ref=" + stage)).findFirst().orElse("none"))
                .containsExactlyInAnyOrderElementsOf(stages);
    }

    @Test
    void stages_shouldLogThrottleAndTrace_andApisBeRegionalWithBinaryTypes() {
        assertThat(api.findResources("AWS::ApiGateway::Stage").values()).map(SynthesizedPlatform::properties).hasSize(2)
                .allSatisfy(stage -> {
                    assertThat(Cfn.at(stage, "AccessLogSetting", "DestinationArn")).isNotNull();
                    assertThat(stage.get("TracingEnabled")).isEqualTo(true);
                    assertThat(Cfn.list(stage.get("MethodSettings"))).singleElement().satisfies(settings -> {
                        assertThat(Cfn.at(settings, "ThrottlingRateLimit")).isNotNull();
                        assertThat(Cfn.at(settings, "DataTraceEnabled")).isEqualTo(false);
                    });
                });
        assertThat(api.findResources("AWS::ApiGateway::RestApi").values()).map(SynthesizedPlatform::properties).hasSize(2)
                .allSatisfy(restApi -> {
                    assertThat(Cfn.at(restApi, "EndpointConfiguration", "Types")).isEqualTo(List.of("REGIONAL"));
                    assertThat(restApi.get("BinaryMediaTypes")).isEqualTo(SPEC.binaryMediaTypes());
                });
        assertThat(api.findResources("AWS::ApiGateway::Account")).hasSize(1);
    }

    @Test
    void gatewayRefusals_shouldBeProblemJson_withTheLocalGatewaysCodes_onBothEdges() throws Exception {
        Map<String, Map<String, Object>> responses = api.findResources("AWS::ApiGateway::GatewayResponse");
        ObjectMapper json = new ObjectMapper();

        assertThat(responses).hasSize(2 * ProblemGatewayResponses.refusals().size());
        for (Map<String, Object> response : responses.values().stream().map(SynthesizedPlatform::properties).toList()) {
            JsonNode problem = json.readTree(String.valueOf(Cfn.at(response, "ResponseTemplates", "application/json")));
            ErrorCode code = ErrorCode.fromCode(problem.get("code").asText());
            assertThat(response.get("StatusCode")).isEqualTo(String.valueOf(code.httpStatus()));
            assertThat(problem.get("status").asInt()).isEqualTo(code.httpStatus());
            assertThat(problem.get("type").asText()).isEqualTo(code.type().toString());
            assertThat(problem.get("instance").asText()).isEqualTo("urn:uuid:$context.requestId");
            assertThat(Cfn.at(response, "ResponseParameters", "gatewayresponse.header.Content-Type"))
                    .isEqualTo("'application/problem+json'");
        }
        assertThat(responses.values()).map(SynthesizedPlatform::properties)
                .filteredOn(response -> "UNAUTHORIZED".equals(response.get("ResponseType")))
                .extracting(response -> Cfn.at(response, "ResponseParameters", "gatewayresponse.header.WWW-Authenticate"))
                .containsExactlyInAnyOrder("'Bearer'", null);
        assertThat(responses.values()).map(SynthesizedPlatform::properties)
                .filteredOn(response -> "MISSING_AUTHENTICATION_TOKEN".equals(response.get("ResponseType")))
                .allSatisfy(response -> assertThat(response.get("StatusCode")).isEqualTo("404"));
    }

    @Test
    void health_shouldAnswerOkFromAMockWithoutCredentials_onBothEdges() {
        assertThat(methods.all()).filteredOn(method -> "/health".equals(method.path())).hasSize(2).allSatisfy(method -> {
            assertThat(Cfn.at(method.properties(), "Integration", "Type")).isEqualTo("MOCK");
            assertThat(Cfn.list(Cfn.at(method.properties(), "Integration", "IntegrationResponses"))).singleElement()
                    .satisfies(response -> assertThat(Cfn.at(response, "ResponseTemplates", "application/json"))
                            .isEqualTo(ApiRoutes.HEALTH_BODY));
        });
    }
}
