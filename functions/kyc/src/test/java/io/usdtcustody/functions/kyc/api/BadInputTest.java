package io.usdtcustody.functions.kyc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.kyc.fixture.ApiEvents;
import io.usdtcustody.functions.kyc.fixture.Passports;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every malformed request gets a 4xx problem+json with a stable code, names the field, and changes nothing. */
class BadInputTest extends KycRoutesFixture {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"level\":|MALFORMED_JSON|",
            "[]|VALIDATION_FAILED|body",
            "{}|VALIDATION_FAILED|level",
            "{\"level\":\"PLATINUM\",\"countryOfResidence\":\"DE\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"1\"}|VALIDATION_FAILED|level",
            "{\"level\":\"BASIC\",\"countryOfResidence\":\"XX\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"1\"}|VALIDATION_FAILED|countryOfResidence",
            "{\"level\":\"BASIC\",\"countryOfResidence\":\"DE\",\"pep\":true,\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"1\"}|VALIDATION_FAILED|pep",
            "{\"level\":\"BASIC\",\"countryOfResidence\":\"DE\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"-5\"}|VALIDATION_FAILED|expectedMonthlyVolumeUsdt",
            "{\"level\":\"BASIC\",\"countryOfResidence\":\"DE\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"99999999999999999999999\"}|VALIDATION_FAILED|expectedMonthlyVolumeUsdt",
            "{\"level\":\"BASIC\",\"countryOfResidence\":\"DE\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":1.5}|VALIDATION_FAILED|expectedMonthlyVolumeUsdt",
            "{\"level\":\"BASIC\",\"countryOfResidence\":\"DE\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"1\",\"tenant\":\"beta\"}|VALIDATION_FAILED|tenant",
            "{\"level\":\"BASIC\",\"purpose\":\"SANCTIONS_REVIEW\",\"countryOfResidence\":\"DE\",\"pep\":\"NONE\",\"product\":\"TRADING\",\"expectedMonthlyVolumeUsdt\":\"1\"}|VALIDATION_FAILED|purpose"})
    void openCase_shouldAnswerAProblem_andChangeNothing_forABadBody(String body, String code, String field) {
        var response = call(ApiEvents.openCase("alice").partner("acme").idempotencyKey("k-1").body(body));

        assertProblem(response, 400, code, field);
        assertThat(store.writes()).isZero();
        assertThat(vendor.calls()).isEmpty();
    }

    @Test
    void openCase_shouldRefuse_withoutAnIdempotencyKey_aBadPathId_orATenant() {
        assertProblem(call(ApiEvents.openCase("alice").partner("acme").body(OPEN_BODY)), 400, "VALIDATION_FAILED",
                "Idempotency-Key");
        assertProblem(call(ApiEvents.openCase("al:ice").partner("acme").idempotencyKey("k").body(OPEN_BODY)), 400,
                "VALIDATION_FAILED", "customerId");
        assertProblem(call(ApiEvents.openCase("alice").idempotencyKey("k").body(OPEN_BODY)), 401, "UNAUTHENTICATED",
                null);
        assertProblem(call(ApiEvents.openCase("nobody").partner("acme").idempotencyKey("k").body(OPEN_BODY)), 404,
                "NOT_FOUND", null);
        assertThat(store.writes()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"PASSPORT\"}",
            "{\"type\":\"PASSPORT\",\"mrz\":\"P<UTO\"}",
            "{\"type\":\"PASSPORT\",\"mrz\":[1,2]}",
            "{\"type\":\"PASSPORT\",\"mrz\":[\"a\",\"b\",\"c\",\"d\"]}",
            "{\"type\":\"SELFIE\",\"fileReference\":\"a.jpg\"}",
            "{\"type\":\"PROOF_OF_ADDRESS\",\"fileReference\":\"../../etc/passwd\"}",
            "{\"type\":\"PROOF_OF_ADDRESS\"}"})
    void addDocument_shouldAnswer400_andChangeNothing_forABadDocument(String body) {
        String caseId = openCase("alice");
        int writes = store.writes();

        var response = call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1").body(body));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void addDocument_shouldNameEveryFailedMrzCheck_withoutQuotingTheZone() {
        String caseId = openCase("alice");
        List<String> mrz = Passports.specimen();
        String corrupted = mrz.get(1).substring(0, 9) + "0" + mrz.get(1).substring(10);

        var response = call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1")
                .body(documentBody(List.of(mrz.get(0), corrupted))));

        assertProblem(response, 400, "VALIDATION_FAILED", "mrz.documentNumber");
        assertThat(response.getBody()).doesNotContain("ERIKSSON", "L898902C3");
        assertThat(vendor.uploads()).isEmpty();
    }

    @Test
    void addDocument_shouldRefuseAnIdentityCardZone_givenAsAPassport() {
        String caseId = openCase("alice");

        var response = call(ApiEvents.addDocument(caseId).partner("acme").idempotencyKey("d-1")
                .body(documentBody(Passports.idCard("SWE"))));

        assertProblem(response, 400, "VALIDATION_FAILED", "mrz");
    }

    @Test
    void screenNames_shouldAnswer400_forAMissingNameOrABadDateOrLimit() {
        assertProblem(call(ApiEvents.screenNames().partner("acme").body("{}")), 400, "VALIDATION_FAILED", "name");
        assertProblem(call(ApiEvents.screenNames().partner("acme").body("{\"name\":\"x\",\"birthDate\":\"19.06.1951\"}")),
                400, "VALIDATION_FAILED", "birthDate");
        assertProblem(call(ApiEvents.screenNames().partner("acme").body("{\"name\":\"x\",\"limit\":0}")), 400,
                "VALIDATION_FAILED", "limit");
        assertProblem(call(ApiEvents.screenNames().partner("acme").body("{\"name\":\"x\",\"schema\":\"Vessel\"}")), 400,
                "VALIDATION_FAILED", "schema");
    }

    static void assertProblem(APIGatewayProxyResponseEvent response, int status, String code, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().get("Content-Type")).isEqualTo("application/problem+json");
        var problem = json(response);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
        }
    }
}
