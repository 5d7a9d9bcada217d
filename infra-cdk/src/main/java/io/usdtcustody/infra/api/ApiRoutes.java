package io.usdtcustody.infra.api;

import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.RouteSpec;
import java.util.List;

/**
 * Which catalogue routes each edge serves. API Gateway cannot let one method accept "an API key or a JWT", so
 * the platform has two REST APIs built from the one route table: the partner edge (API keys and usage plans,
 * plus the vendor webhook, which carries no gateway credential) and the mobile edge (a Cognito authorizer). A
 * route that takes either credential is on both. {@code /health} answers on both without credentials.
 */
public final class ApiRoutes {
    public static final String VERSION = "v1";
    public static final String HEALTH = "health";
    public static final String HEALTH_BODY = "{\"status\":\"ok\"}";

    private ApiRoutes() {
    }

    /** Routes of the partner edge: every route that takes an API key, and the public ones. */
    public static List<RouteSpec> partnerRoutes(ApiSpec api) {
        return api.routes().stream().filter(route -> route.auth().acceptsApiKey() || route.auth().isPublic()).toList();
    }

    /** Routes of the mobile edge: every route that takes a JWT. */
    public static List<RouteSpec> mobileRoutes(ApiSpec api) {
        return api.jwtRoutes();
    }
}
