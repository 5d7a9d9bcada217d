package io.usdtcustody.functions.authorizer;

import static io.usdtcustody.functions.authorizer.AuthorizerEvents.mobileStage;
import static io.usdtcustody.functions.authorizer.AuthorizerEvents.partnerStage;
import static io.usdtcustody.functions.authorizer.AuthorizerEvents.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.authorizer.apikey.PartnerKeyAuthorizer;
import io.usdtcustody.functions.authorizer.jwt.CognitoTokenAuthorizer;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestAuthorizerTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final TestIssuer POOL = new TestIssuer();
    /** A key in the partner shape that no API Gateway has ever seen: on the mobile edge nothing would check it. */
    private static final String FORGED_KEY = PartnerKeyFormat.issue(TenantId.of("victim"), new SecureRandom());

    private final RequestAuthorizer authorizer = new RequestAuthorizer(new PartnerKeyAuthorizer(),
            new CognitoTokenAuthorizer(TestIssuer.REGION, "custom:tenant_id", location -> JwksSource.fixed(POOL.keys),
                    Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void decide_shouldIgnoreAnApiKey_onTheMobileEdge() {
        String token = "Bearer " + POOL.es256(TestIssuer.idClaims(NOW));

        assertThat(authorizer.decide(request(mobileStage(), Map.of("x-api-key", FORGED_KEY))))
                .isEqualTo(new Decision.Unauthorized("NO_TOKEN"));
        assertThat(authorizer.decide(request(mobileStage(), Map.of("x-api-key", FORGED_KEY, "Authorization", token))))
                .isEqualTo(new Decision.Allow(TenantId.of("acme"), TestIssuer.SUBJECT, AuthMethod.JWT));
    }

    @Test
    void decide_shouldIgnoreABearerToken_onThePartnerEdge() {
        String token = "Bearer " + POOL.es256(TestIssuer.idClaims(NOW));

        assertThat(authorizer.decide(request(partnerStage(), Map.of("Authorization", token))))
                .isEqualTo(new Decision.Unauthorized("NO_API_KEY"));
    }

    @Test
    void decide_shouldFault_whenTheStageChoosesNoKnownCredential() {
        assertThat(authorizer.decide(request(Map.of(), Map.of("x-api-key", FORGED_KEY))))
                .isEqualTo(new Decision.Fault("AUTH_METHOD_NOT_CONFIGURED"));
        assertThat(authorizer.decide(request(Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, "api_key"),
                Map.of("x-api-key", FORGED_KEY)))).isEqualTo(new Decision.Fault("AUTH_METHOD_NOT_CONFIGURED"));
        assertThat(authorizer.decide(request(Map.of(AuthorizerContract.AUTH_METHOD_VARIABLE, "NONE"), Map.of())))
                .isEqualTo(new Decision.Fault("AUTH_METHOD_NOT_CONFIGURED"));
    }
}
