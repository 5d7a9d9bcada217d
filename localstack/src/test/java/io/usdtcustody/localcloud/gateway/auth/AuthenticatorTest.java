package io.usdtcustody.localcloud.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.jwt.LocalTokenIssuer;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.jwt.JwtVerifier;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private static final String TENANT_CLAIM = ResourceCatalogue.API.tenantClaim();
    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-01T10:00:00Z"));
    private final LocalTokenIssuer issuer = new LocalTokenIssuer("http://idp", "mobile", TENANT_CLAIM, clock, new SecureRandom());
    private final ApiKeys keys = new ApiKeys(ResourceCatalogue.API, new SecureRandom());
    private final String acmeKey = keys.issue("acme-1", TenantId.of("acme"), "partner-standard");
    private final Authenticator authenticator = new Authenticator(keys, Optional.of(new JwtVerifier(JwksSource.fixed(issuer.keys()),
            Authenticator.bearerRequirements("http://idp", "mobile", Duration.ofSeconds(30)))), TENANT_CLAIM, clock);

    @Test
    void authenticate_shouldTakeTheTenantFromTheApiKey_neverFromTheClientsHeader() {
        Authentication result = authenticator.authenticate(RouteAuth.API_KEY_OR_JWT,
                request(Map.of("X-api-key", acmeKey, "X-Tenant-Id", "victim")));

        assertThat(result).isEqualTo(new Authentication.Authenticated(
                Caller.partner(new PartnerKey("acme-1", TenantId.of("acme"), "partner-standard"))));
    }

    @Test
    void authenticate_shouldTakeTheTenantFromTheTokensTenantClaim() {
        String token = issuer.mint(TenantId.of("beta"), "bob", JwsAlgorithm.RS256, Duration.ofMinutes(5));

        Authentication result = authenticator.authenticate(RouteAuth.JWT, request(Map.of("Authorization", "bearer " + token)));

        assertThat(result).isEqualTo(new Authentication.Authenticated(Caller.mobile(TenantId.of("beta"), "bob")));
    }

    @Test
    void authenticate_shouldRefuseUnknownKeysWith403_andMissingCredentialsWith401() {
        assertThat(authenticator.authenticate(RouteAuth.API_KEY, request(Map.of("x-api-key", "x".repeat(40)))))
                .isEqualTo(new Authentication.Refused(ErrorCode.FORBIDDEN, "The API key is not valid.", false));
        assertThat(authenticator.authenticate(RouteAuth.API_KEY, request(Map.of()))).isInstanceOfSatisfying(
                Authentication.Refused.class, refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    @Test
    void authenticate_shouldIgnoreCredentialsTheRouteDoesNotTake() {
        String token = issuer.mint(TenantId.of("beta"), "bob", JwsAlgorithm.ES256, Duration.ofMinutes(5));

        assertThat(authenticator.authenticate(RouteAuth.API_KEY, request(Map.of("Authorization", "Bearer " + token))))
                .isInstanceOfSatisfying(Authentication.Refused.class, refused -> assertThat(refused.detail()).contains("API key"));
        assertThat(authenticator.authenticate(RouteAuth.JWT, request(Map.of("x-api-key", acmeKey))))
                .isInstanceOfSatisfying(Authentication.Refused.class, refused -> assertThat(refused.bearerChallenge()).isTrue());
    }

    @Test
    void authenticate_shouldRefuse_bothCredentialsAtOnce_otherSchemes_andTokensWithoutATenant() {
        String noTenant = issuer.sign(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("iss", "http://idp").put("aud", "mobile").put("sub", "bob")
                .put("exp", clock.instant().getEpochSecond() + 60), JwsAlgorithm.ES256);
        String token = issuer.mint(TenantId.of("beta"), "bob", JwsAlgorithm.ES256, Duration.ofMinutes(5));

        assertThat(refusal(RouteAuth.API_KEY_OR_JWT, Map.of("x-api-key", acmeKey, "Authorization", "Bearer " + token)))
                .contains("not both");
        assertThat(refusal(RouteAuth.JWT, Map.of("Authorization", "Basic YTpi"))).contains("Bearer");
        assertThat(refusal(RouteAuth.JWT, Map.of("Authorization", "Bearer " + noTenant))).contains("tenant");
        String operators = issuer.mint(TenantId.PLATFORM, "mallory", JwsAlgorithm.ES256, Duration.ofMinutes(5));
        assertThat(refusal(RouteAuth.JWT, Map.of("Authorization", "Bearer " + operators)))
                .as("the operators' reserved tenant").contains("tenant");
        assertThat(refusal(RouteAuth.JWT, Map.of("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA")))
                .contains("signature");
    }

    @Test
    void authenticate_shouldLetPublicRoutesThrough_anonymously() {
        assertThat(authenticator.authenticate(RouteAuth.NONE, request(Map.of("X-Tenant-Id", "victim"))))
                .isEqualTo(new Authentication.Authenticated(Caller.anonymous()));
    }

    private String refusal(RouteAuth auth, Map<String, String> headers) {
        return ((Authentication.Refused) authenticator.authenticate(auth, request(headers))).detail();
    }

    private static GatewayRequest request(Map<String, String> headers) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new GatewayRequest("r", "c", "GET", "/v1/x", null, multi, null, "127.0.0.1", Instant.EPOCH);
    }
}
