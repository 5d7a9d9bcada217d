package io.usdtcustody.infra.api;

/**
 * The route rule shared with the local gateway: every function and every service of the catalogue is served
 * at {@code /v1/<catalogue name>} and everything below it, and {@code /health} answers without a key.
 */
public final class ApiRoutes {
    public static final String VERSION = "v1";
    public static final String HEALTH = "health";
    public static final String HEALTH_BODY = "{\"status\":\"ok\"}";

    private ApiRoutes() {
    }

    /** The path prefix of a function or service, e.g. {@code /v1/onboarding}. */
    public static String basePath(String catalogueName) {
        return "/" + VERSION + "/" + catalogueName;
    }
}
