package io.usdtcustody.infra.api;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.functions.CatalogueFunction;
import io.usdtcustody.infra.services.CatalogueService;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.VpcLink;
import software.constructs.Construct;

/**
 * The public edge, generated from the catalogue's route table ({@link ResourceCatalogue#API}): a partner REST API
 * (API key required on every route but the vendor webhook, one usage plan per catalogue plan) and a mobile REST
 * API (Cognito ID tokens), both regional, behind one WAF web ACL. Every credentialed method goes through the
 * catalogue's request authorizer, which sets {@code context.authorizer.tenantId}; each stage tells it which
 * credential that edge takes. Function routes are Lambda proxy integrations of the function's {@code live} alias;
 * service routes go through one VPC link to the services' internal NLBs with {@code X-Tenant-Id} from that context.
 * API Gateway's own refusals are problem+json with the local gateway's codes.
 */
public final class ApiStack extends Stack {
    private final EdgeApi partner;
    private final EdgeApi mobile;
    private final PartnerPlans plans;
    private final MobileIdentity identity;
    private final EdgeAuthorizers authorizers;

    public ApiStack(Construct scope, String id, StackProps props, PlatformConfig config,
                    NamedResources<CatalogueFunction> functions, NamedResources<CatalogueService> services) {
        super(scope, id, props);
        ApiSpec spec = ResourceCatalogue.API;
        VpcLink link = services.size() == 0 ? null : VpcLink.Builder.create(this, "ServicesLink")
                .vpcLinkName(config.physicalName("services"))
                .targets(services.all().stream().map(CatalogueService::loadBalancer).toList())
                .build();
        RouteIntegrations integrations = new RouteIntegrations(functions, services, link);
        this.authorizers = new EdgeAuthorizers(this, "Authorizers",
                functions.get(ResourceCatalogue.AUTHORIZER.name()).live(), config.physicalName(""));
        this.partner = new EdgeApi(this, "Partner", new EdgeApi.Props(config.physicalName("partner-api"),
                "USDT custody platform partner API (" + config.environmentName() + ")", config.environmentName(), spec,
                ApiRoutes.partnerRoutes(spec), integrations,
                route -> route.auth().acceptsApiKey()
                        ? MethodOptions.builder().apiKeyRequired(true)
                                .authorizationType(AuthorizationType.CUSTOM).authorizer(authorizers.partner())
                        : MethodOptions.builder().apiKeyRequired(false),
                Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, AuthMethod.API_KEY.name()), true));
        this.identity = new MobileIdentity(this, "MobileIdentity", config.physicalName("mobile-users"), spec.tenantClaim());
        this.mobile = new EdgeApi(this, "Mobile", new EdgeApi.Props(config.physicalName("mobile-api"),
                "USDT custody platform mobile API (" + config.environmentName() + ")", config.environmentName(), spec,
                ApiRoutes.mobileRoutes(spec), integrations,
                route -> MethodOptions.builder().authorizationType(AuthorizationType.CUSTOM).authorizer(authorizers.mobile()),
                Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, AuthMethod.JWT.name(),
                        AuthorizerContract.JWT_ISSUER_VARIABLE, identity.issuerUrl(),
                        AuthorizerContract.JWT_AUDIENCE_VARIABLE, identity.app().getUserPoolClientId()), false));
        // API Gateway has one CloudWatch logging role per account and region: the partner API creates it
        mobile.getNode().addDependency(partner);
        ProblemGatewayResponses.apply(partner.api(), false);
        ProblemGatewayResponses.apply(mobile.api(), true);
        this.plans = new PartnerPlans(partner.api(), spec.usagePlans(), config.physicalName(""));
        new RegionalWebAcl(this, "Waf", config.physicalName("api"), List.of(
                partner.api().getDeploymentStage().getStageArn(), mobile.api().getDeploymentStage().getStageArn()));
    }

    public EdgeApi partner() {
        return partner;
    }

    public EdgeApi mobile() {
        return mobile;
    }

    public PartnerPlans plans() {
        return plans;
    }

    public MobileIdentity identity() {
        return identity;
    }

    public EdgeAuthorizers authorizers() {
        return authorizers;
    }
}
