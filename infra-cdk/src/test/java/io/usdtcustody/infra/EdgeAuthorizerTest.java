package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.infra.api.ApiRoutes;
import io.usdtcustody.infra.api.EdgeAuthorizers;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * The request authorizer as wired in AWS: one per edge, keyed by that edge's credential header, backed by the
 * catalogue's authorizer function through a role that may invoke only it; attached exactly where the route table
 * asks for a credential; each stage naming the credential it takes; so every tenant header has a source and every
 * access log line a tenant.
 */
class EdgeAuthorizerTest {
    private static final ApiSpec SPEC = ResourceCatalogue.API;
    private static final FunctionSpec AUTHORIZER = ResourceCatalogue.AUTHORIZER;
    private static Template api;
    private static Template functions;
    private static ApiMethods methods;

    @BeforeAll
    static void synthesise() {
        SynthesizedPlatform synth = SynthesizedPlatform.get();
        api = synth.template(synth.platform.api());
        functions = synth.template(synth.platform.functions());
        methods = new ApiMethods(api);
    }

    /** The logical id of the authorizer whose identity source is {@code header}. */
    static String authorizerId(Template template, String header) {
        return template.findResources("AWS::ApiGateway::Authorizer").entrySet().stream()
                .filter(entry -> ("method.request.header." + header).equals(properties(entry.getValue()).get("IdentitySource")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void authorizers_shouldBeRequestAuthorizers_keyedByEachEdgesCredentialHeader_withABoundedCache() {
        Map<String, Object> partner = authorizer(ApiSpec.API_KEY_HEADER);
        Map<String, Object> mobile = authorizer("Authorization");

        assertThat(api.findResources("AWS::ApiGateway::Authorizer")).hasSize(2);
        assertThat(partner).containsEntry("Type", "REQUEST")
                .containsEntry("AuthorizerResultTtlInSeconds", (int) EdgeAuthorizers.PARTNER_RESULT_CACHE.toSeconds());
        assertThat(mobile).containsEntry("Type", "REQUEST")
                .containsEntry("AuthorizerResultTtlInSeconds", (int) EdgeAuthorizers.MOBILE_RESULT_CACHE.toSeconds());
        assertThat(Cfn.referencedId(partner.get("RestApiId"))).isEqualTo(methods.apiId("partner"));
        assertThat(Cfn.referencedId(mobile.get("RestApiId"))).isEqualTo(methods.apiId("mobile"));
    }

    @Test
    void authorizers_shouldInvokeTheAuthorizerFunctionsLiveAlias_throughARoleThatMayInvokeNothingElse() {
        for (Map<String, Object> authorizer : List.of(authorizer(ApiSpec.API_KEY_HEADER), authorizer("Authorization"))) {
            assertThat(String.valueOf(authorizer.get("AuthorizerUri"))).contains("Fn" + AUTHORIZER.name())
                    .containsIgnoringCase("live").endsWith("/invocations]]}");
            String roleId = Cfn.referencedId(authorizer.get("AuthorizerCredentials"));
            Map<String, Object> role = properties(api.findResources("AWS::IAM::Role").get(roleId));
            assertThat(Cfn.list(Cfn.at(role, "AssumeRolePolicyDocument", "Statement"))).singleElement()
                    .satisfies(trust -> assertThat(Cfn.at(trust, "Principal", "Service")).isEqualTo("apigateway.amazonaws.com"));
            List<Map<String, Object>> grants = api.findResources("AWS::IAM::Policy").values().stream()
                    .map(SynthesizedPlatform::properties)
                    .filter(policy -> Cfn.list(policy.get("Roles")).stream().map(Cfn::referencedId).anyMatch(roleId::equals))
                    .flatMap(policy -> Cfn.statements(policy).stream()).toList();
            assertThat(grants).isNotEmpty().allSatisfy(grant -> {
                assertThat(Cfn.actions(grant)).containsExactly("lambda:InvokeFunction");
                assertThat(Cfn.list(grant.get("Resource"))).singleElement().asString()
                        .contains("Fn" + AUTHORIZER.name()).containsIgnoringCase("live").doesNotContain("\"*\"");
            });
        }
    }

    @Test
    void partnerMethods_shouldUseThePartnerAuthorizer_exactlyWhereApiGatewayChecksTheKey() {
        // A partner key names its tenant; that is safe only because API Gateway checks the key on every such method.
        String partnerAuthorizer = authorizerId(api, ApiSpec.API_KEY_HEADER);
        for (RouteSpec route : ApiRoutes.partnerRoutes(SPEC)) {
            Map<String, Object> method = methods.method("partner", route);
            boolean keyed = Boolean.TRUE.equals(method.get("ApiKeyRequired"));
            assertThat(keyed).as(route.path()).isEqualTo(route.auth().acceptsApiKey());
            assertThat("CUSTOM".equals(method.get("AuthorizationType"))
                    && partnerAuthorizer.equals(Cfn.referencedId(method.get("AuthorizerId")))).as(route.path()).isEqualTo(keyed);
        }
    }

    @Test
    void stages_shouldTellTheAuthorizerWhichCredentialTheyTake_andTheMobileStageWhichPoolAndClient() {
        String poolId = api.findResources("AWS::Cognito::UserPool").keySet().iterator().next();
        String clientId = api.findResources("AWS::Cognito::UserPoolClient").keySet().iterator().next();

        assertThat(Cfn.map(stage("partner"), "Variables"))
                .isEqualTo(Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, "API_KEY"));
        Map<String, Object> mobile = Cfn.map(stage("mobile"), "Variables");
        assertThat(mobile).containsEntry(AuthorizerContract.AUTH_METHOD_VARIABLE, "JWT").hasSize(3);
        assertThat(String.valueOf(mobile.get(AuthorizerContract.JWT_ISSUER_VARIABLE)))
                .contains("https://", poolId, "ProviderURL");
        assertThat(Cfn.referencedId(mobile.get(AuthorizerContract.JWT_AUDIENCE_VARIABLE))).isEqualTo(clientId);
    }

    @Test
    void tenantHeader_shouldAlwaysHaveASource_becauseEveryMethodSettingItRunsTheAuthorizer() {
        List<ApiMethods.Method> settingTenant = methods.routed().stream()
                .filter(method -> Cfn.at(method.properties(), "Integration", "RequestParameters",
                        "integration.request.header." + ApiSpec.TENANT_HEADER) != null)
                .toList();

        assertThat(settingTenant).isNotEmpty().allSatisfy(method -> {
            assertThat(Cfn.at(method.properties(), "Integration", "RequestParameters",
                    "integration.request.header." + ApiSpec.TENANT_HEADER)).isEqualTo(AuthorizerContract.TENANT_SOURCE);
            assertThat(method.properties().get("AuthorizationType")).as(method.path()).isEqualTo("CUSTOM");
            assertThat(method.properties().get("AuthorizerId")).as(method.path()).isNotNull();
        });
    }

    @Test
    void accessLogs_shouldAttributeEveryCall_toTheTenantAndPrincipalTheAuthorizerEstablished() throws Exception {
        for (String edge : List.of("partner", "mobile")) {
            JsonNode format = new ObjectMapper().readTree(String.valueOf(Cfn.at(stage(edge), "AccessLogSetting", "Format")));

            assertThat(format.get("tenantId").asText()).isEqualTo("$" + AuthorizerContract.TENANT_SOURCE);
            assertThat(format.get("principalId").asText()).isEqualTo("$context.authorizer.principalId");
            assertThat(format.get("authMethod").asText()).isEqualTo("$context.authorizer.authMethod");
            assertThat(format.get("requestId").asText()).isEqualTo("$context.requestId");
        }
    }

    @Test
    void authorizerFunction_shouldComeFromTheCatalogue_andReachNoDataKeyOrSecret() {
        String name = SynthesizedPlatform.CONFIG.naming().function(AUTHORIZER);
        Map<String, Object> function = functions.findResources("AWS::Lambda::Function").values().stream()
                .map(SynthesizedPlatform::properties).filter(props -> name.equals(props.get("FunctionName")))
                .findFirst().orElseThrow();
        String roleId = Cfn.referencedId(function.get("Role"));
        List<String> actions = functions.findResources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(policy -> Cfn.list(policy.get("Roles")).stream().map(Cfn::referencedId).anyMatch(roleId::equals))
                .flatMap(policy -> Cfn.statements(policy).stream()).flatMap(statement -> Cfn.actions(statement).stream())
                .toList();

        assertThat(function).containsEntry("Handler", AUTHORIZER.handler()).containsEntry("Timeout", AUTHORIZER.timeoutSeconds());
        assertThat(actions).noneMatch(action -> action.startsWith("dynamodb:") || action.startsWith("s3:")
                || action.startsWith("kinesis:") || action.startsWith("kms:") || action.startsWith("secretsmanager:")
                || action.startsWith("apigateway:") || action.startsWith("cognito-idp:"));
    }

    private static Map<String, Object> authorizer(String header) {
        return properties(api.findResources("AWS::ApiGateway::Authorizer").get(authorizerId(api, header)));
    }

    private static Map<String, Object> stage(String edge) {
        return api.findResources("AWS::ApiGateway::Stage").values().stream().map(SynthesizedPlatform::properties)
                .filter(stage -> methods.apiId(edge).equals(Cfn.referencedId(stage.get("RestApiId"))))
                .findFirst().orElseThrow();
    }
}
