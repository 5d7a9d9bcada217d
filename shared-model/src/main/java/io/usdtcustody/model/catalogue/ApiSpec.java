package io.usdtcustody.model.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The public API as data: its routes, the usage plans partner keys are put on, the JWT claim that names a
 * mobile caller's tenant, and the media types that travel base64-encoded. Validated so that both API
 * Gateway and the local gateway can build it: no route twice, and sibling path parameters share one name
 * (API Gateway has one resource per path level, so {@code /v1/x/{a}} and {@code /v1/x/{b}/y} cannot coexist).
 */
public record ApiSpec(List<RouteSpec> routes, List<UsagePlanSpec> usagePlans, String tenantClaim,
                      List<String> binaryMediaTypes) {

    /** The header partners send their key in (API Gateway's name). */
    public static final String API_KEY_HEADER = "x-api-key";
    /** The header the gateway sets to the authenticated tenant; a client-supplied one is always removed. */
    public static final String TENANT_HEADER = "X-Tenant-Id";
    /**
     * The header the gateway sets on requests to services to how the caller authenticated: {@code API_KEY} (a
     * partner, acting for all its customers) or {@code JWT} (a mobile customer, acting only as itself); absent
     * on calls from inside the platform. A client-supplied one is always removed.
     */
    public static final String CALLER_AUTH_METHOD_HEADER = "X-Caller-Auth-Method";
    /**
     * The header the gateway sets on requests to services to the caller's principal: for a mobile customer its
     * token's subject, which is its customer id; for a partner its key. A client-supplied one is always removed.
     */
    public static final String CALLER_PRINCIPAL_HEADER = "X-Caller-Principal-Id";
    /** Every write carries it; same key + same body = same outcome. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    /** Follows a request through gateway, functions, services and events; generated when absent. */
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    public ApiSpec {
        routes = List.copyOf(routes);
        usagePlans = List.copyOf(usagePlans);
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
        Objects.requireNonNull(tenantClaim, "tenantClaim");
        if (usagePlans.isEmpty()) {
            throw new IllegalArgumentException("at least one usage plan");
        }
        Set<String> planNames = new HashSet<>();
        usagePlans.forEach(plan -> {
            if (!planNames.add(plan.name())) {
                throw new IllegalArgumentException("usage plan declared twice: " + plan.name());
            }
        });
        Set<String> seen = new HashSet<>();
        Map<String, String> parameterAt = new HashMap<>();
        for (RouteSpec route : routes) {
            if (!seen.add(route.method() + " " + route.path())) {
                throw new IllegalArgumentException("route declared twice: " + route.method() + " " + route.path());
            }
            StringBuilder parent = new StringBuilder();
            for (String segment : route.segments()) {
                if (RouteSpec.isParameter(segment)) {
                    String other = parameterAt.putIfAbsent(parent.toString(), segment);
                    if (other != null && !other.equals(segment)) {
                        throw new IllegalArgumentException("path parameters under " + parent + " are named both "
                                + other + " and " + segment);
                    }
                }
                parent.append('/').append(segment);
            }
        }
    }

    public UsagePlanSpec usagePlan(String name) {
        return usagePlans.stream().filter(plan -> plan.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no usage plan named " + name));
    }

    /** The routes partners reach with an API key (their plans meter these). */
    public List<RouteSpec> apiKeyRoutes() {
        return routes.stream().filter(route -> route.auth().acceptsApiKey()).toList();
    }

    /** The routes mobile customers reach with a JWT. */
    public List<RouteSpec> jwtRoutes() {
        return routes.stream().filter(route -> route.auth().acceptsJwt()).toList();
    }
}
