package io.usdtcustody.functions.authorizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.authorizer.apikey.PartnerKeyAuthorizer;
import io.usdtcustody.functions.authorizer.jwt.CognitoTokenAuthorizer;
import io.usdtcustody.localcloud.testing.UnreadableClock;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SnapStart priming runs the partner path of the handler once, capturing no time, randomness or connection: the
 * mobile path's clock and key source fail if touched, and what priming produces is the same on every run.
 */
class AuthorizerPrimingTest {


    private final AuthorizerHandler handler = new AuthorizerHandler(new RequestAuthorizer(new PartnerKeyAuthorizer(),
            new CognitoTokenAuthorizer(TestIssuer.REGION, "custom:tenant_id", location -> {
                throw new AssertionError("priming asked for Cognito's keys (a connection)");
            }, new UnreadableClock())));

    @Test
    void prime_shouldAllowItsFixedPartnerEvent_withoutReadingTheClockOrCallingOut() throws IOException {
        List<String> log = new ArrayList<>();

        byte[] policy = handler.priming().prime(log::add);

        JsonNode response = TestIssuer.JSON.readTree(policy);
        assertThat(response.at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Allow");
        assertThat(response.at("/context/tenantId").asText()).isEqualTo("snapstart-priming");
        assertThat(response.get("principalId").asText())
                .isEqualTo(PartnerKeyFormat.fingerprint(AuthorizerPriming.PRIMING_KEY));
        assertThat(log).singleElement().asString().contains("ALLOW").doesNotContain(AuthorizerPriming.PRIMING_KEY);
    }

    @Test
    void prime_shouldProduceTheSameBytes_whenRunTwice() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        assertThat(handler.priming().prime(first::add)).isEqualTo(handler.priming().prime(second::add));
        assertThat(first).isEqualTo(second);
    }
}
