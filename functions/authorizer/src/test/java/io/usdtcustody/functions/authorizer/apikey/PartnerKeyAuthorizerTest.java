package io.usdtcustody.functions.authorizer.apikey;

import static io.usdtcustody.functions.authorizer.AuthorizerEvents.partnerStage;
import static io.usdtcustody.functions.authorizer.AuthorizerEvents.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.authorizer.AuthorizerEvents;
import io.usdtcustody.functions.authorizer.AuthorizerRequest;
import io.usdtcustody.functions.authorizer.Decision;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerKeyAuthorizerTest {
    private static final String ACME_KEY = PartnerKeyFormat.issue(TenantId.of("acme"), new SecureRandom());
    private final PartnerKeyAuthorizer authorizer = new PartnerKeyAuthorizer();

    @Test
    void decide_shouldAllowTheKeysTenant_withTheKeysFingerprintAsPrincipal() {
        Decision decision = authorizer.decide(request(partnerStage(), Map.of("X-API-Key", ACME_KEY)));

        assertThat(decision).isEqualTo(new Decision.Allow(TenantId.of("acme"), PartnerKeyFormat.fingerprint(ACME_KEY),
                AuthMethod.API_KEY));
    }

    @Test
    void decide_shouldDeny_whenTheKeyNamesNoTenant() {
        String generatedByApiGateway = "Aq3xZ0pLm9Vb8Nc7Xd6Ws5Qe4Rt3Yu2Io1PaSdFgHj";

        assertThat(authorizer.decide(request(partnerStage(), Map.of("x-api-key", generatedByApiGateway))))
                .isEqualTo(new Decision.Deny("NOT_A_PARTNER_KEY"));
        assertThat(authorizer.decide(request(partnerStage(), Map.of("x-api-key", "ACME." + "k".repeat(40)))))
                .isEqualTo(new Decision.Deny("NOT_A_PARTNER_KEY"));
    }

    @Test
    void decide_shouldBeUnauthorized_whenNoKeyIsSent_evenWithABearerToken() {
        assertThat(authorizer.decide(request(partnerStage(), Map.of("Authorization", "Bearer a.b.c"))))
                .isEqualTo(new Decision.Unauthorized("NO_API_KEY"));
    }

    @Test
    void decide_shouldDeny_whenTwoDifferentKeysAreSent() {
        String otherKey = PartnerKeyFormat.issue(TenantId.of("demo"), new SecureRandom());
        ObjectNode event = AuthorizerEvents.event(partnerStage(), Map.of());
        event.withObject("/multiValueHeaders").putArray("x-api-key").add(ACME_KEY).add(otherKey);
        ObjectNode sameTwice = AuthorizerEvents.event(partnerStage(), Map.of());
        sameTwice.withObject("/multiValueHeaders").putArray("x-api-key").add(ACME_KEY).add(ACME_KEY);

        assertThat(authorizer.decide(AuthorizerRequest.parse(event))).isEqualTo(new Decision.Deny("AMBIGUOUS_API_KEY"));
        assertThat(authorizer.decide(AuthorizerRequest.parse(sameTwice))).isInstanceOf(Decision.Allow.class);
    }
}
