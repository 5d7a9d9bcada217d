package io.usdtcustody.model.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names the API Gateway request authorizer and the API stack agree on. Each edge's stage tells the one
 * authorizer function which credential that edge takes ({@link #AUTH_METHOD_VARIABLE}) and, on the mobile edge,
 * which Cognito issuer and app client it trusts; stage variables are set by the deployment only, never by a
 * client. The authorizer answers with a context of {@link #TENANT_ID}, {@link #PRINCIPAL_ID} and
 * {@link #AUTH_METHOD}, which functions read as {@code requestContext.authorizer.*} and which the service
 * integrations map into the {@link #SERVICE_HEADERS}.
 */
public final class AuthorizerContract {
    /** Stage variable: {@code API_KEY} or {@code JWT} ({@link AuthMethod}). */
    public static final String AUTH_METHOD_VARIABLE = "authMethod";
    /** Stage variable of the mobile edge: the Cognito user pool's issuer URL. */
    public static final String JWT_ISSUER_VARIABLE = "jwtIssuer";
    /** Stage variable of the mobile edge: the app client id ID tokens must name as {@code aud}. */
    public static final String JWT_AUDIENCE_VARIABLE = "jwtAudience";

    public static final String TENANT_ID = "tenantId";
    public static final String PRINCIPAL_ID = "principalId";
    public static final String AUTH_METHOD = "authMethod";
    /** API Gateway's mapping expression for the tenant the authorizer established. */
    public static final String TENANT_SOURCE = "context.authorizer." + TENANT_ID;

    /**
     * The headers the gateway alone sets on every request to a service, each to one key of this context (never to
     * anything the client sent): {@link ApiSpec#TENANT_HEADER} ← {@link #TENANT_ID},
     * {@link ApiSpec#CALLER_AUTH_METHOD_HEADER} ← {@link #AUTH_METHOD}, {@link ApiSpec#CALLER_PRINCIPAL_HEADER} ←
     * {@link #PRINCIPAL_ID}. In iteration order.
     */
    public static final Map<String, String> SERVICE_HEADERS = serviceHeaders();

    /** How a caller proved who it is; the names are what targets see in {@link #AUTH_METHOD}. */
    public enum AuthMethod { API_KEY, JWT }

    private AuthorizerContract() {
    }

    /** API Gateway's mapping expression for one key of this context. */
    public static String source(String contextKey) {
        return "context.authorizer." + contextKey;
    }

    private static Map<String, String> serviceHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ApiSpec.TENANT_HEADER, TENANT_ID);
        headers.put(ApiSpec.CALLER_AUTH_METHOD_HEADER, AUTH_METHOD);
        headers.put(ApiSpec.CALLER_PRINCIPAL_HEADER, PRINCIPAL_ID);
        return Collections.unmodifiableMap(headers);
    }
}
