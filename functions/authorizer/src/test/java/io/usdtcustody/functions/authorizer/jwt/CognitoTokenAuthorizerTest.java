package io.usdtcustody.functions.authorizer.jwt;

import static io.usdtcustody.functions.authorizer.AuthorizerEvents.mobileStage;
import static io.usdtcustody.functions.authorizer.AuthorizerEvents.request;
import static io.usdtcustody.functions.authorizer.TestIssuer.idClaims;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.authorizer.AuthorizerEvents;
import io.usdtcustody.functions.authorizer.AuthorizerRequest;
import io.usdtcustody.functions.authorizer.Decision;
import io.usdtcustody.functions.authorizer.TestIssuer;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CognitoTokenAuthorizerTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final TestIssuer POOL = new TestIssuer();
    private final List<URI> jwksRequested = new ArrayList<>();
    private final CognitoTokenAuthorizer authorizer = new CognitoTokenAuthorizer(TestIssuer.REGION, "custom:tenant_id",
            location -> {
                jwksRequested.add(location);
                return JwksSource.fixed(POOL.keys);
            }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void decide_shouldAllowTheTokensTenant_withItsSubjectAsPrincipal_forEs256AndRs256() {
        Decision expected = new Decision.Allow(TenantId.of("acme"), TestIssuer.SUBJECT, AuthMethod.JWT);

        assertThat(decide("Bearer " + POOL.rs256(idClaims(NOW)))).isEqualTo(expected);
        assertThat(decide("bearer " + POOL.es256(idClaims(NOW)))).isEqualTo(expected);
        assertThat(jwksRequested).containsExactly(URI.create(TestIssuer.ISSUER + "/.well-known/jwks.json"));
    }

    @Test
    void decide_shouldBeUnauthorizedWithTheVerifiersReason_whenTheTokenIsNotValid() {
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW.minusSeconds(7200))))).isEqualTo(new Decision.Unauthorized("EXPIRED"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("aud", "otherclient"))))
                .isEqualTo(new Decision.Unauthorized("WRONG_AUDIENCE"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other"))))
                .isEqualTo(new Decision.Unauthorized("WRONG_ISSUER"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("token_use", "access"))))
                .isEqualTo(new Decision.Unauthorized("WRONG_TOKEN_USE"));
        assertThat(decide("Bearer " + new TestIssuer().es256(idClaims(NOW)))).isEqualTo(new Decision.Unauthorized("BAD_SIGNATURE"));
        assertThat(decide("Bearer not.a.token")).isEqualTo(new Decision.Unauthorized("MALFORMED"));
    }

    @Test
    void decide_shouldBeUnauthorized_whenTheTokenNamesNoSubjectOrNoValidTenant() {
        assertThat(decide("Bearer " + POOL.es256((ObjectNode) idClaims(NOW).without("custom:tenant_id"))))
                .isEqualTo(new Decision.Unauthorized("NO_TENANT"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("custom:tenant_id", "Not A Tenant"))))
                .isEqualTo(new Decision.Unauthorized("NO_TENANT"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("custom:tenant_id", 42))))
                .isEqualTo(new Decision.Unauthorized("NO_TENANT"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("custom:tenant_id", "platform"))))
                .as("the operators' reserved tenant").isEqualTo(new Decision.Unauthorized("NO_TENANT"));
        assertThat(decide("Bearer " + POOL.es256((ObjectNode) idClaims(NOW).without("sub"))))
                .isEqualTo(new Decision.Unauthorized("NO_SUBJECT"));
        assertThat(decide("Bearer " + POOL.es256(idClaims(NOW).put("sub", "two words"))))
                .isEqualTo(new Decision.Unauthorized("NO_SUBJECT"));
    }

    @Test
    void decide_shouldBeUnauthorized_whenNoSingleBearerTokenIsSent() {
        ObjectNode twice = AuthorizerEvents.event(mobileStage(), Map.of());
        twice.withObject("/multiValueHeaders").putArray("Authorization")
                .add("Bearer " + POOL.es256(idClaims(NOW))).add("Bearer " + POOL.rs256(idClaims(NOW)));

        assertThat(authorizer.decide(request(mobileStage(), Map.of()))).isEqualTo(new Decision.Unauthorized("NO_TOKEN"));
        assertThat(decide("Basic YWxpY2U6c2VjcmV0")).isEqualTo(new Decision.Unauthorized("NOT_A_BEARER_TOKEN"));
        assertThat(decide(POOL.es256(idClaims(NOW)))).isEqualTo(new Decision.Unauthorized("NOT_A_BEARER_TOKEN"));
        assertThat(authorizer.decide(AuthorizerRequest.parse(twice))).isEqualTo(new Decision.Unauthorized("AMBIGUOUS_TOKEN"));
    }

    @Test
    void decide_shouldFault_whenTheStageNamesNoCognitoPoolOfThisRegionOrNoClient() {
        String token = "Bearer " + POOL.es256(idClaims(NOW));

        assertThat(decideOnStage(Map.of(), token)).isEqualTo(new Decision.Fault("JWT_ISSUER_NOT_CONFIGURED"));
        assertThat(decideOnStage(Map.of(AuthorizerContract.JWT_ISSUER_VARIABLE,
                "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123"), token))
                .isEqualTo(new Decision.Fault("JWT_ISSUER_NOT_CONFIGURED"));
        assertThat(decideOnStage(Map.of(AuthorizerContract.JWT_ISSUER_VARIABLE, "https://attacker.example/eu-west-1_x"), token))
                .isEqualTo(new Decision.Fault("JWT_ISSUER_NOT_CONFIGURED"));
        assertThat(decideOnStage(Map.of(AuthorizerContract.JWT_ISSUER_VARIABLE, TestIssuer.ISSUER), token))
                .isEqualTo(new Decision.Fault("JWT_AUDIENCE_NOT_CONFIGURED"));
        assertThat(jwksRequested).isEmpty();
    }

    @Test
    void decide_shouldFault_notRefuse_whenThePoolsKeysCannotBeHad() {
        CognitoTokenAuthorizer unreachable = new CognitoTokenAuthorizer(TestIssuer.REGION, "custom:tenant_id",
                location -> new CachedJwks(location, uri -> {
                    throw new java.io.IOException("connect timed out");
                }, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(unreachable.decide(request(mobileStage(), Map.of("Authorization", "Bearer " + POOL.es256(idClaims(NOW))))))
                .isEqualTo(new Decision.Fault("JWKS_UNAVAILABLE"));
    }

    private Decision decide(String authorization) {
        return authorizer.decide(request(mobileStage(), Map.of("Authorization", authorization)));
    }

    private Decision decideOnStage(Map<String, String> jwtVariables, String authorization) {
        Map<String, String> stage = new HashMap<>(jwtVariables);
        stage.put(AuthorizerContract.AUTH_METHOD_VARIABLE, "JWT");
        return authorizer.decide(request(stage, Map.of("Authorization", authorization)));
    }
}
