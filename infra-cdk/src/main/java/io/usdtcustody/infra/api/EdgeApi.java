package io.usdtcustody.infra.api;

import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.IntegrationResponse;
import software.amazon.awscdk.services.apigateway.JsonWithStandardFieldProps;
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
 * never reaches a function), a keyless {@code /health} mock, JSON access logs, stage throttling and tracing.
 */
public final class EdgeApi extends Construct {
    static final double STAGE_RATE_PER_SECOND = 200;
    static final int STAGE_BURST = 400;

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
