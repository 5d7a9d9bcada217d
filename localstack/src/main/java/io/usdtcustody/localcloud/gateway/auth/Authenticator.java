package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.jwt.JwtVerifier;
import io.usdtcustody.model.jwt.TokenRejectedException;
import io.usdtcustody.model.jwt.TokenRequirements;
import io.usdtcustody.model.jwt.VerifiedToken;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Establishes who calls a route, by the credentials the route accepts: a partner API key in {@code x-api-key}
 * (its tenant is the key's), or a mobile JWT in {@code Authorization: Bearer} (its tenant is the catalogue's
 * tenant claim). Credentials of a kind the route does not take are ignored, as the partner and mobile APIs in AWS
 * ignore each other's; both kinds at once on a route that takes both is refused as ambiguous. A tenant never
 * comes from anywhere else.
 */
public final class Authenticator {
    private final ApiKeys keys;
    private final Optional<JwtVerifier> jwt;
    private final String tenantClaim;
    private final Clock clock;

    /** Bearer tokens are checked by {@code jwt} at {@code clock}'s time. */
    public Authenticator(ApiKeys keys, Optional<JwtVerifier> jwt, String tenantClaim, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.jwt = Objects.requireNonNull(jwt, "jwt");
        this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenantClaim");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What the gateway requires of a bearer token from {@code issuer}: exact {@code iss}, an {@code aud} containing
     * {@code audience}, {@code exp}/{@code nbf}/{@code iat} within {@code skew}, and no {@code token_use} check
     * (the gateway never required one, for the local issuer or an external one).
     */
    public static TokenRequirements bearerRequirements(String issuer, String audience, Duration skew) {
        return new TokenRequirements(issuer, Set.of(audience), Optional.empty(), skew);
    }

    public Authentication authenticate(RouteAuth auth, GatewayRequest request) {
        if (auth.isPublic()) {
            return new Authentication.Authenticated(Caller.anonymous());
        }
        Optional<String> apiKey = auth.acceptsApiKey() ? request.header(ApiSpec.API_KEY_HEADER) : Optional.empty();
        Optional<String> authorization = auth.acceptsJwt() ? request.header("Authorization") : Optional.empty();
        if (apiKey.isPresent() && authorization.isPresent()) {
            return refused("send an API key or a bearer token, not both", true);
        }
        if (apiKey.isPresent()) {
            return keys.find(apiKey.get())
                    .<Authentication>map(key -> new Authentication.Authenticated(Caller.partner(key)))
                    .orElseGet(() -> new Authentication.Refused(ErrorCode.FORBIDDEN, "The API key is not valid.", false));
        }
        if (authorization.isPresent()) {
            return bearer(authorization.get());
        }
        String needed = auth == RouteAuth.API_KEY ? "an API key (" + ApiSpec.API_KEY_HEADER + ")"
                : auth == RouteAuth.JWT ? "a bearer token" : "an API key (" + ApiSpec.API_KEY_HEADER + ") or a bearer token";
        return refused("This route needs " + needed + ".", auth.acceptsJwt());
    }

    private Authentication bearer(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refused("The Authorization header must be 'Bearer <token>'.", true);
        }
        if (jwt.isEmpty()) {
            return refused("Bearer tokens are not configured on this gateway.", true);
        }
        VerifiedToken token;
        try {
            token = jwt.get().verify(authorization.substring(7).trim(), clock.instant());
        } catch (TokenRejectedException e) {
            return refused(capitalised(e.getMessage()) + ".", true);
        }
        Optional<String> subject = token.subject().filter(s -> !s.isBlank() && s.length() <= 256);
        Optional<TenantId> tenant = token.stringClaim(tenantClaim).flatMap(TenantId::ofCaller);
        if (subject.isEmpty() || tenant.isEmpty()) {
            return refused("The token names no subject or no valid tenant.", true);
        }
        return new Authentication.Authenticated(Caller.mobile(tenant.get(), subject.get()));
    }

    private static Authentication refused(String detail, boolean bearerChallenge) {
        return new Authentication.Refused(ErrorCode.UNAUTHENTICATED, detail, bearerChallenge);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
