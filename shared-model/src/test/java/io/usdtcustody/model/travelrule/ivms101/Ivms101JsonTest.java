package io.usdtcustody.model.travelrule.ivms101;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ivms101JsonTest {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final Ivms101Json JSON = new Ivms101Json(CODEC);

    /** A message as another VASP might send it: optional members left out, some explicitly null. */
    private static final String RECEIVED = """
            {
              "originator": {
                "originatorPersons": [{
                  "naturalPerson": {
                    "name": {"nameIdentifier": [{"primaryIdentifier": "Curie", "secondaryIdentifier": "Marie",
                                                  "nameIdentifierType": "LEGL"}]},
                    "dateAndPlaceOfBirth": {"dateOfBirth": "1967-11-07", "placeOfBirth": "Warsaw"},
                    "countryOfResidence": null
                  }
                }],
                "accountNumber": ["TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"]
              },
              "beneficiary": {
                "beneficiaryPersons": [{"legalPerson": {"name": {"nameIdentifier": [
                    {"legalPersonName": "Example Trading SA", "legalPersonNameIdentifierType": "LEGL"}]}}}],
                "accountNumber": ["TVjsyZ7fYF3qLF6BQgPmTEZy1xrNNyVAAA"]
              },
              "originatingVASP": {"originatingVASP": {"legalPerson": {
                "name": {"nameIdentifier": [{"legalPersonName": "Sender VASP AG",
                                             "legalPersonNameIdentifierType": "LEGL"}]},
                "nationalIdentification": {"nationalIdentifier": "506700GE1G29325QX363",
                                           "nationalIdentifierType": "LEIX"},
                "countryOfRegistration": "CH"}}}
            }
            """;

    private static Decoded<IdentityPayload> read(String json) {
        return JSON.read(json.getBytes(UTF_8));
    }

    private static List<String> fields(Decoded<?> decoded) {
        return decoded.problems().stream().map(FieldError::field).toList();
    }

    @Test
    void read_shouldReturnEqualPayload_whenWritten() {
        IdentityPayload payload = Ivms101Fixtures.outgoing();

        Decoded<IdentityPayload> decoded = JSON.read(JSON.write(payload));

        assertThat(decoded.problems()).isEmpty();
        assertThat(decoded.value()).isEqualTo(payload);
    }

    @Test
    void read_shouldRoundTripTransferPathAndMetadata() {
        IdentityPayload base = Ivms101Fixtures.outgoing();
        IdentityPayload payload = new IdentityPayload(base.originator(), base.beneficiary(), base.originatingVASP(),
                null, new TransferPath(List.of(new IntermediaryVasp(Person.legal(Ivms101Fixtures.counterpartyVasp()),
                        0))), new PayloadMetadata(List.of(TransliterationMethod.CYRL, TransliterationMethod.HANI)));

        JsonNode tree = Ivms101Json.toTree(payload);

        assertThat(tree.at("/payloadMetadata/transliterationMethod/0").textValue()).isEqualTo("cyrl");
        assertThat(tree.at("/transferPath/transferPath/0/sequence").intValue()).isZero();
        assertThat(Ivms101Json.fromTree(tree).value()).isEqualTo(payload);
    }

    @Test
    void write_shouldUseTheStandardsMemberNames_andLeaveOutAbsentMembers() {
        JsonNode tree = Ivms101Json.toTree(Ivms101Fixtures.outgoing());

        JsonNode alice = tree.at("/originator/originatorPersons/0/naturalPerson");
        assertThat(alice.at("/name/nameIdentifier/0/primaryIdentifier").textValue()).isEqualTo("Liddell");
        assertThat(alice.at("/name/nameIdentifier/0/nameIdentifierType").textValue()).isEqualTo("LEGL");
        assertThat(alice.at("/name/nameIdentifier/1").has("secondaryIdentifier")).isFalse();
        assertThat(alice.at("/name").has("localNameIdentifier")).isFalse();
        assertThat(alice.at("/geographicAddress/0/townName").textValue()).isEqualTo("Oxford");
        assertThat(alice.at("/nationalIdentification/nationalIdentifierType").textValue()).isEqualTo("CCPT");
        assertThat(alice.at("/dateAndPlaceOfBirth/dateOfBirth").textValue()).isEqualTo("1990-05-04");
        assertThat(alice.at("/countryOfResidence").textValue()).isEqualTo("GB");
        assertThat(tree.at("/originatingVASP/originatingVASP/legalPerson/nationalIdentification/nationalIdentifier")
                .textValue()).isEqualTo(Ivms101Fixtures.VALID_LEI);
        assertThat(tree.at("/beneficiaryVASP/beneficiaryVASP/legalPerson/name/nameIdentifier/0/legalPersonName")
                .textValue()).isEqualTo("Beispiel Krypto GmbH");
        assertThat(tree.fieldNames()).toIterable()
                .containsExactly("originator", "beneficiary", "originatingVASP", "beneficiaryVASP");
    }

    @Test
    void read_shouldAcceptMessageWithOptionalMembersAbsentOrNull() {
        Decoded<IdentityPayload> decoded = read(RECEIVED);

        assertThat(decoded.problems()).isEmpty();
        NaturalPerson curie = decoded.value().originator().originatorPersons().get(0).naturalPerson();
        assertThat(curie.countryOfResidence()).isNull();
        assertThat(curie.geographicAddress()).isEmpty();
        assertThat(curie.dateAndPlaceOfBirth().dateOfBirth()).isEqualTo(LocalDate.of(1967, 11, 7));
        assertThat(decoded.value().beneficiaryVASP()).isNull();
        assertThat(Ivms101Validator.validate(decoded.value(), Ivms101Fixtures.TODAY)).isEmpty();
    }

    @Test
    void read_shouldReportEveryStructuralProblem_withPaths() {
        ObjectNode tree = (ObjectNode) CODEC.readTree(RECEIVED.getBytes(UTF_8));
        ObjectNode curie = (ObjectNode) tree.at("/originator/originatorPersons/0/naturalPerson");
        ((ObjectNode) curie.at("/name/nameIdentifier/0")).remove("primaryIdentifier");
        ((ObjectNode) curie.at("/name/nameIdentifier/0")).put("nameIdentifierType", "LEGAL");
        ((ObjectNode) curie.at("/dateAndPlaceOfBirth")).put("dateOfBirth", "1967-02-30");
        curie.put("nickname", "secret nickname");
        ((ObjectNode) tree.at("/beneficiary")).put("accountNumber", "not-an-array");
        ((ObjectNode) tree.at("/beneficiary/beneficiaryPersons/0")).set("naturalPerson",
                curie.deepCopy().without("nickname"));
        tree.remove("originatingVASP");

        Decoded<IdentityPayload> decoded = Ivms101Json.fromTree(tree);

        assertThat(decoded.ok()).isFalse();
        String person = "originator.originatorPersons[0].naturalPerson";
        assertThat(fields(decoded)).contains(
                person + ".name.nameIdentifier[0].primaryIdentifier",
                person + ".name.nameIdentifier[0].nameIdentifierType",
                person + ".dateAndPlaceOfBirth.dateOfBirth",
                person + ".nickname",
                "beneficiary.beneficiaryPersons[0]",
                "beneficiary.accountNumber",
                "originatingVASP");
        assertThat(decoded.problems()).extracting(FieldError::message)
                .noneMatch(message -> message.contains("secret") || message.contains("LEGAL"));
        assertThat(decoded.problems()).filteredOn(e -> e.field().endsWith("nameIdentifierType"))
                .extracting(FieldError::message).containsOnly("must be one of ALIA, BIRT, MAID, LEGL, MISC");
    }

    @Test
    void read_shouldRefuseWrongTypes_withoutEchoingThem() {
        String json = RECEIVED.replace("\"primaryIdentifier\": \"Curie\"", "\"primaryIdentifier\": 42")
                .replace("\"accountNumber\": [\"TJRab", "\"accountNumber\": [7, \"TJRab");

        assertThat(fields(read(json))).containsExactly(
                "originator.originatorPersons[0].naturalPerson.name.nameIdentifier[0].primaryIdentifier",
                "originator.accountNumber[0]");
    }

    @Test
    void read_shouldRefuseUnknownTransliterationCode() {
        String json = RECEIVED.replace("\"countryOfRegistration\": \"CH\"}}}",
                "\"countryOfRegistration\": \"CH\"}}}, \"payloadMetadata\": {\"transliterationMethod\": [\"cyrl\", \"CYRL\"]}");

        assertThat(fields(read(json))).containsExactly("payloadMetadata.transliterationMethod[1]");
    }

    @Test
    void read_shouldRefuseNonObjectPayload() {
        assertThat(fields(read("[1, 2]"))).containsExactly("$");
    }

    @Test
    void read_shouldThrowMalformedJson_whenNotJson() {
        assertThatThrownBy(() -> read("{\"originator\": "))
                .isInstanceOfSatisfying(JsonDecodingException.class,
                        e -> assertThat(e.kind()).isEqualTo(JsonDecodingException.Kind.MALFORMED_JSON));
    }

    @Test
    void orThrow_shouldRaiseValidationFailed_withEveryProblem() {
        Decoded<IdentityPayload> decoded = read("{\"originator\": {}, \"beneficiary\": 1}");

        assertThatThrownBy(() -> decoded.orThrow("The IVMS101 payload"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(FieldError::field)
                            .containsExactly("beneficiary", "originatingVASP");
                });
    }
}
