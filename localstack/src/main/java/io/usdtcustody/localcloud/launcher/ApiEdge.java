package io.usdtcustody.localcloud.launcher;

import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack.PartnerCredential;
import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API gateway as {@code ./platform up} runs it: the catalogue's routes and functions, the services the
 * launcher started, demo partner keys for tenants {@code demo} and {@code acme}, and the local identity provider
 * for mobile tokens; the keys and token URL go to {@code .run/state/gateway.json} (owner-only).
 * {@code LOCAL_CLOUD_GATEWAY_PORT} and {@code LOCAL_CLOUD_IDP_PORT} move it; {@code LOCAL_GATEWAY_JWT_ISSUER},
 * {@code LOCAL_GATEWAY_JWKS_URL} and {@code LOCAL_GATEWAY_JWT_AUDIENCE} make it accept another issuer's tokens.
 */
final class ApiEdge {
    static final int DEFAULT_GATEWAY_PORT = 8080;
    static final int DEFAULT_IDP_PORT = 8083;
    /** Runtime JVMs per function at most: a laptop, not a region. */
    static final int ENVIRONMENTS_PER_FUNCTION = 2;

    private ApiEdge() {
    }

    static LocalGatewayStack start(ProjectLayout layout, Path stateDir, ResourceNaming naming, Map<String, String> environment,
                                   List<ServiceProcess> services, int gatewayPort, int idpPort) {
        return start(layout, stateDir, naming, environment, Map.of(), services, gatewayPort, idpPort);
    }

    /**
     * As above, and some functions (by catalogue name) get variables of their own on top of the cloud's, such as
     * the KYC function's vendor URL and webhook secret, which no other function should see.
     */
    static LocalGatewayStack start(ProjectLayout layout, Path stateDir, ResourceNaming naming, Map<String, String> environment,
                                   Map<String, Map<String, String>> functionEnvironments, List<ServiceProcess> services,
                                   int gatewayPort, int idpPort) {
        Map<String, URI> serviceUrls = new LinkedHashMap<>();
        services.forEach(service -> serviceUrls.put(service.name(), URI.create(service.endpoint())));
        List<FunctionDeployment> functions = LocalGatewayStack.catalogueFunctions(layout.root(), ResourceCatalogue.FUNCTIONS,
                naming, environment, serviceUrls).stream().map(function -> {
                    Map<String, String> own = new LinkedHashMap<>(function.environment());
                    own.putAll(functionEnvironments.getOrDefault(function.spec().name(), Map.of()));
                    return new FunctionDeployment(function.spec(), function.functionName(), function.code(), own);
                }).toList();
        LocalGatewayStack stack = LocalGatewayStack.start(new LocalGatewayStack.Options(ResourceCatalogue.API, functions,
                serviceUrls, layout.tether(), stateDir, gatewayPort, idpPort, ENVIRONMENTS_PER_FUNCTION, externalIssuer(),
                Clock.systemUTC()));
        stack.issuePartnerKey("demo-partner", TenantId.of(DemoSeed.TENANT), "partner-standard");
        stack.issuePartnerKey("acme-sandbox", TenantId.of("acme"), "partner-sandbox");
        stack.writeCredentials(stateDir);
        return stack;
    }

    /** Endpoints and health URLs for the state file, so {@code ./platform status} probes the gateway too. */
    static void publish(LocalGatewayStack stack, Map<String, String> endpoints, Map<String, String> health) {
        endpoints.put("gateway", stack.url());
        endpoints.put("idp", stack.identityProviderUrl());
        health.put("gateway", stack.url() + "/health");
        health.put("idp", stack.identityProviderUrl() + "/.well-known/jwks.json");
    }

    /** What the summary of {@code up} says about the API (no key values: they are in the state file). */
    static List<String> describe(LocalGatewayStack stack, Path stateDir) {
        PartnerCredential demo = stack.issuedKeys().get(0);
        return List.of("API gateway " + stack.url() + ": partner key '" + demo.keyId() + "' (tenant '" + demo.tenant()
                        + "') and the others are in " + stateDir.resolve("gateway.json") + " (x-api-key)",
                "mobile token: curl -s -X POST -d '{\"tenant\":\"" + DemoSeed.TENANT + "\",\"subject\":\"" + DemoSeed.CUSTOMER
                        + "\"}' " + stack.identityProviderUrl() + "/tokens  (Authorization: Bearer <idToken>)");
    }

    private static Optional<LocalGatewayStack.ExternalIssuer> externalIssuer() {
        String issuer = System.getenv("LOCAL_GATEWAY_JWT_ISSUER");
        String jwks = System.getenv("LOCAL_GATEWAY_JWKS_URL");
        if (issuer == null || issuer.isBlank() || jwks == null || jwks.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LocalGatewayStack.ExternalIssuer(issuer.trim(), URI.create(jwks.trim()),
                System.getenv().getOrDefault("LOCAL_GATEWAY_JWT_AUDIENCE", LocalGatewayStack.LOCAL_AUDIENCE)));
    }
}
