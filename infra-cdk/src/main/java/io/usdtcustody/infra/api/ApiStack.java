package io.usdtcustody.infra.api;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.functions.CatalogueFunction;
import io.usdtcustody.infra.services.CatalogueService;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.ApiKeyOptions;
import software.amazon.awscdk.services.apigateway.ConnectionType;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.IApiKey;
import software.amazon.awscdk.services.apigateway.Integration;
import software.amazon.awscdk.services.apigateway.IntegrationOptions;
import software.amazon.awscdk.services.apigateway.IntegrationProps;
import software.amazon.awscdk.services.apigateway.IntegrationResponse;
import software.amazon.awscdk.services.apigateway.IntegrationType;
import software.amazon.awscdk.services.apigateway.JsonWithStandardFieldProps;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LambdaIntegrationOptions;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.MethodResponse;
import software.amazon.awscdk.services.apigateway.MockIntegration;
import software.amazon.awscdk.services.apigateway.PassthroughBehavior;
import software.amazon.awscdk.services.apigateway.Period;
import software.amazon.awscdk.services.apigateway.ProxyResourceOptions;
import software.amazon.awscdk.services.apigateway.QuotaSettings;
import software.amazon.awscdk.services.apigateway.Resource;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.apigateway.ThrottleSettings;
import software.amazon.awscdk.services.apigateway.UsagePlan;
import software.amazon.awscdk.services.apigateway.UsagePlanPerApiStage;
import software.amazon.awscdk.services.apigateway.UsagePlanProps;
import software.amazon.awscdk.services.apigateway.VpcLink;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The public edge: a regional REST API behind a WAF web ACL, with access logs, stage throttling, a partner
 * usage plan and API key, a keyless {@code /health} mock, and one proxy route per catalogue function (to its
 * {@code live} alias) and per catalogue service (through a VPC link to its internal load balancer).
 *
 * <p>Every business route requires an API key (partners). Mobile JWT authorisation is a Lambda or Cognito
 * authorizer that does not exist yet; when it lands it attaches here, per route.
 */
public final class ApiStack extends Stack {
    static final double STAGE_RATE_PER_SECOND = 200;
    static final int STAGE_BURST = 400;
    static final double PARTNER_RATE_PER_SECOND = 50;
    static final int PARTNER_BURST = 100;
    static final int PARTNER_REQUESTS_PER_DAY = 200_000;

    private final RestApi api;
    private final UsagePlan partnerPlan;
    private final IApiKey partnerKey;

    public ApiStack(Construct scope, String id, StackProps props, PlatformConfig config,
                    NamedResources<CatalogueFunction> functions, NamedResources<CatalogueService> services) {
        super(scope, id, props);
        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.api = RestApi.Builder.create(this, "Api")
                .restApiName(config.physicalName("api"))
                .description("USDT custody platform API (" + config.environmentName() + ")")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                .cloudWatchRole(true)
                .cloudWatchRoleRemovalPolicy(RemovalPolicy.RETAIN)
                .deployOptions(StageOptions.builder()
                        .stageName(config.environmentName())
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields(JsonWithStandardFieldProps.builder()
                                .caller(true).httpMethod(true).ip(true).protocol(true).requestTime(true)
                                .resourcePath(true).responseLength(true).status(true).user(true)
                                .build()))
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false)
                        .metricsEnabled(true)
                        .tracingEnabled(true)
                        .throttlingRateLimit(STAGE_RATE_PER_SECOND)
                        .throttlingBurstLimit(STAGE_BURST)
                        .build())
                .build();
        addHealth();
        Resource version = api.getRoot().addResource(ApiRoutes.VERSION);
        functions.all().forEach(function -> routeToFunction(version, function));
        if (services.size() > 0) {
            VpcLink link = VpcLink.Builder.create(this, "ServicesLink")
                    .vpcLinkName(config.physicalName("services"))
                    .targets(services.all().stream().map(CatalogueService::loadBalancer).toList())
                    .build();
            services.all().forEach(service -> routeToService(version, service, link));
        }
        this.partnerPlan = api.addUsagePlan("PartnerPlan", UsagePlanProps.builder()
                .name(config.physicalName("partners"))
                .description("Default plan for partner fintechs")
                .throttle(ThrottleSettings.builder().rateLimit(PARTNER_RATE_PER_SECOND).burstLimit(PARTNER_BURST).build())
                .quota(QuotaSettings.builder().limit(PARTNER_REQUESTS_PER_DAY).period(Period.DAY).build())
                .apiStages(List.of(UsagePlanPerApiStage.builder().api(api).stage(api.getDeploymentStage()).build()))
                .build());
        // The key's value is generated by API Gateway: no secret in the template or the repository.
        this.partnerKey = api.addApiKey("PartnerKey", ApiKeyOptions.builder()
                .apiKeyName(config.physicalName("partner-default"))
                .description("First partner key; operators add one key per partner tenant")
                .build());
        partnerPlan.addApiKey(partnerKey);
        new RegionalWebAcl(this, "Waf", config.physicalName("api"), api.getDeploymentStage().getStageArn());
    }

    public RestApi api() {
        return api;
    }

    public UsagePlan partnerPlan() {
        return partnerPlan;
    }

    private void addHealth() {
        MockIntegration ok = MockIntegration.Builder.create()
                .passthroughBehavior(PassthroughBehavior.NEVER)
                .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}"))
                .integrationResponses(List.of(IntegrationResponse.builder()
                        .statusCode("200")
                        .responseTemplates(Map.of("application/json", ApiRoutes.HEALTH_BODY))
                        .build()))
                .build();
        api.getRoot().addResource(ApiRoutes.HEALTH).addMethod("GET", ok, MethodOptions.builder()
                .methodResponses(List.of(MethodResponse.builder().statusCode("200").build()))
                .build());
    }

    private static void routeToFunction(Resource version, CatalogueFunction function) {
        LambdaIntegration integration = new LambdaIntegration(function.live(), LambdaIntegrationOptions.builder()
                .allowTestInvoke(false)
                .build());
        MethodOptions keyRequired = MethodOptions.builder().apiKeyRequired(true).build();
        Resource base = version.addResource(function.spec().name());
        base.addMethod("ANY", integration, keyRequired);
        base.addProxy(ProxyResourceOptions.builder()
                .anyMethod(true)
                .defaultIntegration(integration)
                .defaultMethodOptions(keyRequired)
                .build());
    }

    private static void routeToService(Resource version, CatalogueService service, VpcLink link) {
        String name = service.spec().name();
        String origin = "http://" + service.loadBalancer().getLoadBalancerDnsName() + ":" + service.spec().port();
        Resource base = version.addResource(name);
        base.addMethod("ANY", vpcLinkIntegration(origin + ApiRoutes.basePath(name), link, Map.of()),
                MethodOptions.builder().apiKeyRequired(true).build());
        base.addProxy(ProxyResourceOptions.builder()
                .anyMethod(true)
                .defaultIntegration(vpcLinkIntegration(origin + ApiRoutes.basePath(name) + "/{proxy}", link,
                        Map.of("integration.request.path.proxy", "method.request.path.proxy")))
                .defaultMethodOptions(MethodOptions.builder()
                        .apiKeyRequired(true)
                        .requestParameters(Map.of("method.request.path.proxy", true))
                        .build())
                .build());
    }

    /** The service sees the same path the caller used, so its routes are the public routes. */
    private static Integration vpcLinkIntegration(String uri, VpcLink link, Map<String, String> requestParameters) {
        return new Integration(IntegrationProps.builder()
                .type(IntegrationType.HTTP_PROXY)
                .integrationHttpMethod("ANY")
                .uri(uri)
                .options(IntegrationOptions.builder()
                        .connectionType(ConnectionType.VPC_LINK)
                        .vpcLink(link)
                        .requestParameters(requestParameters)
                        .build())
                .build());
    }
}
