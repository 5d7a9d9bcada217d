package io.usdtcustody.infra.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.IntegrationResponse;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.MethodResponse;
import software.amazon.awscdk.services.apigateway.MockIntegration;
import software.amazon.awscdk.services.apigateway.PassthroughBehavior;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One regional REST API of the platform's edge, generated from catalogue routes: a resource and method per
 * route with its integration and its edge's authorisation, path parameters and a required
 * {@code Idempotency-Key} header on writes (checked by API Gateway's request validator, so a write without one
 * never reaches a function), a keyless {@code /health} mock, JSON access logs that name the caller's tenant,
 * stage throttling and tracing.
 */
public final class EdgeApi extends Construct {
    static final double STAGE_RATE_PER_SECOND = 200;
    static final int STAGE_BURST = 400;
    /**
     * One JSON line per request: the standard fields plus who called (the authorizer's tenant, principal and method,
     * the API key id) and how authorisation went, so every call can be attributed to a tenant without a key or token.
     */
    public static final String ACCESS_LOG_FORMAT = accessLogFormat();

    private final RestApi api;

    /**
     * What one edge is made of; {@code authorisation} adds the edge's credential check to a route's method, and
     * {@code stageVariables} tell the request authorizer which credential this edge takes.
     */
    public record Props(String apiName, String description, String stageName, ApiSpec spec, List<RouteSpec> routes,
                        RouteIntegrations integrations, Function<RouteSpec, MethodOptions.Builder> authorisation,
                        Map<String, String> stageVariables, boolean ownsCloudWatchRole) {
    }

    public EdgeApi(Construct scope, String id, Props props) {
        super(scope, id);
        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        RestApi.Builder builder = RestApi.Builder.create(this, "Api")
                .restApiName(props.apiName())
                .description(props.description())
                .endpointTypes(List.of(EndpointType.REGIONAL))
                .binaryMediaTypes(props.spec().binaryMediaTypes())
                .cloudWatchRole(props.ownsCloudWatchRole());
        if (props.ownsCloudWatchRole()) {
            builder.cloudWatchRoleRemovalPolicy(RemovalPolicy.RETAIN);
        }
        this.api = builder
                .deployOptions(StageOptions.builder()
                        .stageName(props.stageName())
                        .variables(props.stageVariables())
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.custom(ACCESS_LOG_FORMAT))
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false)
                        .metricsEnabled(true)
                        .tracingEnabled(true)
                        .throttlingRateLimit(STAGE_RATE_PER_SECOND)
                        .throttlingBurstLimit(STAGE_BURST)
                        .build())
                .build();
        addHealth();
        RequestValidator headers = api.addRequestValidator("RequiredParameters", RequestValidatorOptions.builder()
                .validateRequestParameters(true)
                .validateRequestBody(false)
                .build());
        for (RouteSpec route : props.routes()) {
            Map<String, Boolean> parameters = new LinkedHashMap<>();
            route.pathParameters().forEach(name -> parameters.put("method.request.path." + name, true));
            if (route.idempotencyKeyRequired()) {
                parameters.put("method.request.header." + ApiSpec.IDEMPOTENCY_KEY_HEADER, true);
            }
            MethodOptions.Builder options = props.authorisation().apply(route).requestParameters(parameters);
            if (route.idempotencyKeyRequired()) {
                options.requestValidator(headers);
            }
            api.getRoot().resourceForPath(route.path())
                    .addMethod(route.method().name(), props.integrations().forRoute(route), options.build());
        }
    }

    public RestApi api() {
        return api;
    }

    private static String accessLogFormat() {
        return new ObjectMapper().createObjectNode()
                .put("requestId", "$context.requestId")
                .put("ip", "$context.identity.sourceIp")
                .put("requestTime", "$context.requestTime")
                .put("httpMethod", "$context.httpMethod")
                .put("resourcePath", "$context.resourcePath")
                .put("status", "$context.status")
                .put("protocol", "$context.protocol")
                .put("responseLength", "$context.responseLength")
                .put(AuthorizerContract.TENANT_ID, "$context.authorizer." + AuthorizerContract.TENANT_ID)
                .put(AuthorizerContract.PRINCIPAL_ID, "$context.authorizer." + AuthorizerContract.PRINCIPAL_ID)
                .put(AuthorizerContract.AUTH_METHOD, "$context.authorizer." + AuthorizerContract.AUTH_METHOD)
                .put("apiKeyId", "$context.identity.apiKeyId")
                .put("authorizerStatus", "$context.authorizer.status")
                .put("authorizerLatencyMs", "$context.authorizer.latency")
                .put("errorType", "$context.error.responseType")
                .toString();
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
}
