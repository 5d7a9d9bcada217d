package io.usdtcustody.model.catalogue;

/**
 * Who may call a route. Partners present an API key ({@code x-api-key}) that maps to their tenant and usage
 * plan; mobile customers present a JWT whose tenant claim names the tenant. {@link #NONE} is for callers that
 * authenticate inside the target (a KYC vendor's webhook signs its body with HMAC) and nothing else.
 */
public enum RouteAuth {
    API_KEY(true, false),
    JWT(false, true),
    API_KEY_OR_JWT(true, true),
    NONE(false, false);

    private final boolean apiKey;
    private final boolean jwt;

    RouteAuth(boolean apiKey, boolean jwt) {
        this.apiKey = apiKey;
        this.jwt = jwt;
    }

    public boolean acceptsApiKey() {
        return apiKey;
    }

    public boolean acceptsJwt() {
        return jwt;
    }

    /** True when the gateway itself establishes no identity (the target must). */
    public boolean isPublic() {
        return !apiKey && !jwt;
    }
}
