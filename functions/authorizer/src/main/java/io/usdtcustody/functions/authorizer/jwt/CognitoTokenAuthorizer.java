package io.usdtcustody.functions.authorizer.jwt;

import io.usdtcustody.functions.authorizer.AuthorizerRequest;
import io.usdtcustody.functions.authorizer.Decision;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.jwt.JwtVerifier;
import io.usdtcustody.model.jwt.TokenRejectedException;
import io.usdtcustody.model.jwt.TokenRequirements;
import io.usdtcustody.model.jwt.VerifiedToken;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The mobile edge: a Cognito ID token in {@code Authorization: Bearer}, checked as Cognito's own authorizer would
 * (signature against the pool's JWKS, {@code iss} = the pool, {@code aud} = the app client, {@code token_use} =
 * {@code id}, {@code exp}/{@code nbf}/{@code iat} with {@link #SKEW}), whose {@code sub} is the principal and whose
 * tenant claim ({@code custom:tenant_id}, immutable in the pool) is the tenant. Which pool and client to trust
 * comes from the stage; a stage that names no Cognito pool of this region is a fault, not a refusal.
 */
public final class CognitoTokenAuthorizer {
    public static final Duration SKEW = Duration.ofSeconds(30);
    /** Cognito app client ids: lower-case letters and digits. */
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9]{1,128}");
    private static final Pattern SUBJECT = Pattern.compile("[\\p{Graph}]{1,256}");
    private static final int MAX_VERIFIERS = 4;
    private static final String BEARER = "Bearer ";

    private final String region;
    private final String tenantClaim;
    private final Function<URI, JwksSource> jwksAt;
    private final Clock clock;
    private final Map<String, JwtVerifier> verifiers = new HashMap<>();

    /** {@code jwksAt} makes the key source for a JWKS location (one per pool, kept for the environment's life). */
    public CognitoTokenAuthorizer(String region, String tenantClaim, Function<URI, JwksSource> jwksAt, Clock clock) {
        this.region = Objects.requireNonNull(region, "region");
        this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenantClaim");
        this.jwksAt = Objects.requireNonNull(jwksAt, "jwksAt");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Decision decide(AuthorizerRequest request) {
        Map<String, String> stage = request.stageVariables();
        Optional<CognitoIssuer> issuer = CognitoIssuer.of(stage.get(AuthorizerContract.JWT_ISSUER_VARIABLE), region);
        String audience = stage.getOrDefault(AuthorizerContract.JWT_AUDIENCE_VARIABLE, "");
        if (issuer.isEmpty()) {
            return new Decision.Fault("JWT_ISSUER_NOT_CONFIGURED");
        }
        if (!CLIENT_ID.matcher(audience).matches()) {
            return new Decision.Fault("JWT_AUDIENCE_NOT_CONFIGURED");
        }
        List<String> authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            return new Decision.Unauthorized("NO_TOKEN");
        }
        if (authorization.size() > 1) {
            return new Decision.Unauthorized("AMBIGUOUS_TOKEN");
        }
        String header = authorization.get(0);
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new Decision.Unauthorized("NOT_A_BEARER_TOKEN");
        }
        VerifiedToken token;
        try {
            token = verifier(issuer.get(), audience).verify(header.substring(BEARER.length()).strip(), clock.instant());
        } catch (TokenRejectedException e) {
            return new Decision.Unauthorized(e.reason().name());
        } catch (JwksUnavailableException e) {
            return new Decision.Fault("JWKS_UNAVAILABLE");
        }
        Optional<String> subject = token.subject().filter(value -> SUBJECT.matcher(value).matches());
        if (subject.isEmpty()) {
            return new Decision.Unauthorized("NO_SUBJECT");
        }
        Optional<TenantId> tenant = token.stringClaim(tenantClaim).flatMap(TenantId::ofCaller);
        if (tenant.isEmpty()) {
            return new Decision.Unauthorized("NO_TENANT");
        }
        return new Decision.Allow(tenant.get(), subject.get(), AuthMethod.JWT);
    }

    /** One verifier per pool and client; a stage changes them only on deployment, so the map stays tiny. */
    private synchronized JwtVerifier verifier(CognitoIssuer issuer, String audience) {
        String key = issuer.url() + " " + audience;
        JwtVerifier verifier = verifiers.get(key);
        if (verifier == null) {
            if (verifiers.size() >= MAX_VERIFIERS) {
                verifiers.clear();
            }
            verifier = new JwtVerifier(jwksAt.apply(issuer.jwks()), TokenRequirements.cognitoIdToken(issuer.url(), audience, SKEW));
            verifiers.put(key, verifier);
        }
        return verifier;
    }
}
