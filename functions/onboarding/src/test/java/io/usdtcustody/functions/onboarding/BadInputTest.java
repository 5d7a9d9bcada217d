package io.usdtcustody.functions.onboarding;

import static io.usdtcustody.functions.onboarding.OnboardingFixture.ALICE;
import static io.usdtcustody.functions.onboarding.OnboardingFixture.customer;
import static io.usdtcustody.functions.onboarding.OnboardingFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed request gets a 4xx problem+json with a stable code, names the offending member without
 * echoing its value, and changes nothing: no customer, profile, consent, idempotency record or custody call.
 */
class BadInputTest extends OnboardingFixture {
    private static final String LONG = "x".repeat(5_000);

    static Stream<Arguments> badCreates() {
        return Stream.of(
                Arguments.of("not JSON", "{\"type\":", "MALFORMED_JSON", "body"),
                Arguments.of("empty body", "", "MALFORMED_JSON", "body"),
                Arguments.of("trailing content", ALICE + "{}", "MALFORMED_JSON", "body"),
                Arguments.of("duplicate member", "{\"type\":\"PERSON\",\"type\":\"COMPANY\"}", "MALFORMED_JSON", "body"),
                Arguments.of("array body", "[]", "VALIDATION_FAILED", "body"),
                Arguments.of("unknown member", ALICE.replace("}", ",\"isAdmin\":true}"), "VALIDATION_FAILED", "isAdmin"),
                Arguments.of("missing name", "{\"type\":\"PERSON\",\"dateOfBirth\":\"1990-04-01\",\"country\":\"DE\"}",
                        "VALIDATION_FAILED", "name"),
                Arguments.of("name of wrong type", ALICE.replace("\"Alice Example\"", "42"), "VALIDATION_FAILED", "name"),
                Arguments.of("null name", ALICE.replace("\"Alice Example\"", "null"), "VALIDATION_FAILED", "name"),
                Arguments.of("huge name", ALICE.replace("Alice Example", LONG), "VALIDATION_FAILED", "name"),
                Arguments.of("digits only name", ALICE.replace("Alice Example", "12345"), "VALIDATION_FAILED", "name"),
                Arguments.of("control characters", ALICE.replace("Alice Example", "Alice\\u0000"), "VALIDATION_FAILED", "name"),
                Arguments.of("unknown type", ALICE.replace("PERSON", "ROBOT"), "VALIDATION_FAILED", "type"),
                Arguments.of("lower-case type", ALICE.replace("PERSON", "person"), "VALIDATION_FAILED", "type"),
                Arguments.of("date not a date", ALICE.replace("1990-04-01", "1990-02-30"), "VALIDATION_FAILED", "dateOfBirth"),
                Arguments.of("date as number", ALICE.replace("\"1990-04-01\"", "19900401"), "VALIDATION_FAILED", "dateOfBirth"),
                Arguments.of("minor", ALICE.replace("1990-04-01", "2015-01-01"), "VALIDATION_FAILED", "dateOfBirth"),
                Arguments.of("born in the future", ALICE.replace("1990-04-01", "2999-01-01"), "VALIDATION_FAILED", "dateOfBirth"),
                Arguments.of("person without birth date",
                        "{\"type\":\"PERSON\",\"name\":\"Alice Example\",\"country\":\"DE\"}", "VALIDATION_FAILED", "dateOfBirth"),
                Arguments.of("company with birth date", ALICE.replace("PERSON", "COMPANY"), "VALIDATION_FAILED", "dateOfBirth"),
                Arguments.of("unknown country", ALICE.replace("\"DE\"", "\"XK\""), "VALIDATION_FAILED", "country"),
                Arguments.of("country in lower case", ALICE.replace("\"DE\"", "\"de\""), "VALIDATION_FAILED", "country"),
                Arguments.of("deep nesting", "{\"name\":" + "[".repeat(100) + "]".repeat(100) + "}", "MALFORMED_JSON", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCreates")
    void create_shouldBeAProblemNamingTheMember_andChangeNothing(String what, String body, String code, String field) {
        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request("POST", "/v1/customers", body,
                "Idempotency-Key", "k-1"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(json(response).path("code").asText()).isEqualTo(code);
        if (code.equals("VALIDATION_FAILED")) {
            assertThat(json(response).path("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(response.getBody()).doesNotContain(LONG).doesNotContain("Alice");
        assertNothingChanged();
    }

    @org.junit.jupiter.api.Test
    void create_shouldReportEveryProblemAtOnce() {
        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request("POST", "/v1/customers",
                "{\"type\":\"ROBOT\",\"name\":7,\"country\":\"ZZ\",\"extra\":1}", "Idempotency-Key", "k-1"));

        assertThat(json(response).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("extra", "type", "name", "country", "dateOfBirth");
        assertNothingChanged();
    }

    static Stream<Arguments> badWrites() {
        return Stream.of(
                Arguments.of("profile: bad e-mail", "PUT", "/profile", ProfileRulesTest.PROFILE.replace("alice@example.com", "alice"), "email"),
                Arguments.of("profile: phone not E.164", "PUT", "/profile", ProfileRulesTest.PROFILE.replace("+4930123456", "030 123"), "phone"),
                Arguments.of("profile: address not an object", "PUT", "/profile",
                        "{\"email\":\"a@b.co\",\"phone\":\"+4930123456\",\"address\":\"Berlin\"}", "address"),
                Arguments.of("profile: unknown address member", "PUT", "/profile",
                        ProfileRulesTest.PROFILE.replace("\"city\"", "\"town\":\"x\",\"city\""), "address.town"),
                Arguments.of("profile: address without country", "PUT", "/profile",
                        ProfileRulesTest.PROFILE.replace(",\"country\":\"DE\"}", "}"), "address.country"),
                Arguments.of("consent: granted as string", "POST", "/consents",
                        "{\"type\":\"MARKETING\",\"documentVersion\":\"v1\",\"granted\":\"yes\"}", "granted"),
                Arguments.of("consent: unknown type", "POST", "/consents",
                        "{\"type\":\"EVERYTHING\",\"documentVersion\":\"v1\",\"granted\":true}", "type"),
                Arguments.of("consent: version with spaces", "POST", "/consents",
                        "{\"type\":\"MARKETING\",\"documentVersion\":\"v 1\",\"granted\":true}", "documentVersion"),
                Arguments.of("deposit: unknown chain", "POST", "/deposit-addresses", "{\"chain\":\"BITCOIN\"}", "chain"),
                Arguments.of("deposit: chain as number", "POST", "/deposit-addresses", "{\"chain\":1}", "chain"),
                Arguments.of("deposit: extra member", "POST", "/deposit-addresses",
                        "{\"chain\":\"ETHEREUM\",\"address\":\"0xabc\"}", "address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWrites")
    void write_shouldBeA400NamingTheMember_andChangeNothing(String what, String method, String route, String body,
                                                            String field) {
        String id = create("acme", ALICE, "setup");
        int claims = idempotency.size();

        APIGatewayProxyResponseEvent response = send(ProxyEvents.partner("acme").request(method,
                "/v1/customers/{customerId}" + route, customer(id), body, "Idempotency-Key", "k-1"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(json(response).path("errors").findValuesAsText("field")).contains(field);
        assertThat(idempotency.size()).isEqualTo(claims);
        assertThat(records.find(TenantId.of("acme"), id).orElseThrow().profileVersion()).isZero();
        assertThat(records.history(TenantId.of("acme"), id)).isEmpty();
        assertThat(custody.calls).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void write_shouldBe400_withoutAnIdempotencyKey_andWithABadIfMatch() {
        String id = create("acme", ALICE, "setup");
        int claims = idempotency.size();

        APIGatewayProxyResponseEvent noKey = send(ProxyEvents.partner("acme").request("POST", "/v1/customers", ALICE));
        APIGatewayProxyResponseEvent badIfMatch = send(ProxyEvents.partner("acme").request("PUT",
                "/v1/customers/{customerId}/profile", customer(id), ProfileRulesTest.PROFILE, "Idempotency-Key", "p-1",
                "If-Match", "W/\"abc\""));

        assertThat(noKey.getStatusCode()).isEqualTo(400);
        assertThat(json(noKey).path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(badIfMatch.getStatusCode()).isEqualTo(400);
        assertThat(idempotency.size()).isEqualTo(claims);
        assertThat(records.find(TenantId.of("acme"), id).orElseThrow().profileVersion()).isZero();
    }

    private void assertNothingChanged() {
        assertThat(idempotency.size()).isZero();
        assertThat(metrics.total("CustomersCreatedCount")).isZero();
        assertThat(custody.calls).isEmpty();
    }
}
