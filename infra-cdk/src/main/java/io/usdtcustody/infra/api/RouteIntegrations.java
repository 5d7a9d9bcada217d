package io.usdtcustody.infra.api;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.functions.CatalogueFunction;
import io.usdtcustody.infra.services.CatalogueService;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.services.apigateway.ConnectionType;
import software.amazon.awscdk.services.apigateway.Integration;
import software.amazon.awscdk.services.apigateway.IntegrationOptions;
import software.amazon.awscdk.services.apigateway.IntegrationProps;
import software.amazon.awscdk.services.apigateway.IntegrationType;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LambdaIntegrationOptions;
import software.amazon.awscdk.services.apigateway.VpcLink;

/**
 * The integration behind each route: a Lambda proxy integration of the function's {@code live} alias, or an
 * HTTP proxy through the VPC link to the service's internal NLB on the same path. On service routes API Gateway
 * always overwrites the caller headers ({@link AuthorizerContract#SERVICE_HEADERS}) with the request authorizer's
 * context: {@code X-Tenant-Id} ← {@code tenantId}, {@code X-Caller-Auth-Method} ← {@code authMethod},
 * {@code X-Caller-Principal-Id} ← {@code principalId}; so a client can never choose its tenant, nor pass for a
 * partner or another customer. Were a method ever wired without the authorizer, the tenant header would be empty
 * and the service would refuse the call (fail closed).
 */
public final class RouteIntegrations {
    /** Where the tenant header's value comes from: the request authorizer's context, never the request. */
    public static final String TENANT_SOURCE = AuthorizerContract.TENANT_SOURCE;

    private final NamedResources<CatalogueFunction> functions;
    private final NamedResources<CatalogueService> services;
    private final VpcLink link;

    /** {@code link} may be null when the app has no services. */
    public RouteIntegrations(NamedResources<CatalogueFunction> functions, NamedResources<CatalogueService> services,
                             VpcLink link) {
        this.functions = functions;
        this.services = services;
        this.link = link;
    }

    public Integration forRoute(RouteSpec route) {
        if (route.target() instanceof RouteTarget.FunctionTarget function) {
            return new LambdaIntegration(functions.get(function.name()).live(), LambdaIntegrationOptions.builder()
                    .allowTestInvoke(false)
                    .build());
        }
        CatalogueService service = services.get(route.target().name());
        Map<String, String> parameters = new LinkedHashMap<>();
        route.pathParameters().forEach(name -> parameters.put("integration.request.path." + name, "method.request.path." + name));
        AuthorizerContract.SERVICE_HEADERS.forEach((header, contextKey) ->
                parameters.put("integration.request.header." + header, AuthorizerContract.source(contextKey)));
        return new Integration(IntegrationProps.builder()
                .type(IntegrationType.HTTP_PROXY)
                .integrationHttpMethod(route.method().name())
                .uri("http://" + service.loadBalancer().getLoadBalancerDnsName() + ":" + service.spec().port() + route.path())
                .options(IntegrationOptions.builder()
                        .connectionType(ConnectionType.VPC_LINK)
                        .vpcLink(link)
                        .requestParameters(parameters)
                        .build())
                .build());
    }
}
