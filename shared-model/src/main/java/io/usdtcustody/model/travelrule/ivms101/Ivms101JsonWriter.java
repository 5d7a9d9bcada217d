package io.usdtcustody.model.travelrule.ivms101;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the records of this package as IVMS101 JSON trees: the standard's member names, absent optional
 * members and empty arrays left out (other VASPs' readers differ on whether they accept {@code null}).
 */
final class Ivms101JsonWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Ivms101JsonWriter() {
    }

    static ObjectNode payload(IdentityPayload payload) {
        ObjectNode json = JSON.objectNode();
        ObjectNode originator = json.putObject("originator");
        array(originator, "originatorPersons", payload.originator().originatorPersons(), Ivms101JsonWriter::person);
        strings(originator, "accountNumber", payload.originator().accountNumber());
        ObjectNode beneficiary = json.putObject("beneficiary");
        array(beneficiary, "beneficiaryPersons", payload.beneficiary().beneficiaryPersons(), Ivms101JsonWriter::person);
        strings(beneficiary, "accountNumber", payload.beneficiary().accountNumber());
        json.putObject("originatingVASP").set("originatingVASP", person(payload.originatingVASP().originatingVASP()));
        if (payload.beneficiaryVASP() != null) {
            json.putObject("beneficiaryVASP").set("beneficiaryVASP", person(payload.beneficiaryVASP().beneficiaryVASP()));
        }
        if (payload.transferPath() != null) {
            array(json.putObject("transferPath"), "transferPath", payload.transferPath().transferPath(),
                    vasp -> JSON.objectNode().<ObjectNode>set("intermediaryVASP", person(vasp.intermediaryVASP()))
                            .put("sequence", vasp.sequence()));
        }
        if (payload.payloadMetadata() != null) {
            ArrayNode methods = json.putObject("payloadMetadata").putArray("transliterationMethod");
            payload.payloadMetadata().transliterationMethod().forEach(method -> methods.add(method.code()));
        }
        return json;
    }

    static ObjectNode person(Person person) {
        ObjectNode json = JSON.objectNode();
        if (person.naturalPerson() != null) {
            json.set("naturalPerson", natural(person.naturalPerson()));
        } else {
            json.set("legalPerson", legal(person.legalPerson()));
        }
        return json;
    }

    private static ObjectNode natural(NaturalPerson person) {
        ObjectNode json = JSON.objectNode();
        ObjectNode name = json.putObject("name");
        array(name, "nameIdentifier", person.name().nameIdentifier(), Ivms101JsonWriter::naturalName);
        array(name, "localNameIdentifier", person.name().localNameIdentifier(), Ivms101JsonWriter::naturalName);
        array(name, "phoneticNameIdentifier", person.name().phoneticNameIdentifier(), Ivms101JsonWriter::naturalName);
        array(json, "geographicAddress", person.geographicAddress(), Ivms101JsonWriter::address);
        if (person.nationalIdentification() != null) {
            json.set("nationalIdentification", nationalIdentification(person.nationalIdentification()));
        }
        text(json, "customerIdentification", person.customerIdentification());
        if (person.dateAndPlaceOfBirth() != null) {
            json.putObject("dateAndPlaceOfBirth")
                    .put("dateOfBirth", person.dateAndPlaceOfBirth().dateOfBirth().toString())
                    .put("placeOfBirth", person.dateAndPlaceOfBirth().placeOfBirth());
        }
        text(json, "countryOfResidence", person.countryOfResidence());
        return json;
    }

    private static ObjectNode legal(LegalPerson person) {
        ObjectNode json = JSON.objectNode();
        ObjectNode name = json.putObject("name");
        array(name, "nameIdentifier", person.name().nameIdentifier(), Ivms101JsonWriter::legalName);
        array(name, "localNameIdentifier", person.name().localNameIdentifier(), Ivms101JsonWriter::legalName);
        array(name, "phoneticNameIdentifier", person.name().phoneticNameIdentifier(), Ivms101JsonWriter::legalName);
        array(json, "geographicAddress", person.geographicAddress(), Ivms101JsonWriter::address);
        text(json, "customerNumber", person.customerNumber());
        if (person.nationalIdentification() != null) {
            json.set("nationalIdentification", nationalIdentification(person.nationalIdentification()));
        }
        text(json, "countryOfRegistration", person.countryOfRegistration());
        return json;
    }

    private static ObjectNode naturalName(NaturalPersonNameIdentifier name) {
        ObjectNode json = JSON.objectNode().put("primaryIdentifier", name.primaryIdentifier());
        text(json, "secondaryIdentifier", name.secondaryIdentifier());
        return json.put("nameIdentifierType", name.nameIdentifierType().code());
    }

    private static ObjectNode legalName(LegalPersonNameIdentifier name) {
        return JSON.objectNode().put("legalPersonName", name.legalPersonName())
                .put("legalPersonNameIdentifierType", name.legalPersonNameIdentifierType().code());
    }

    private static ObjectNode address(GeographicAddress address) {
        ObjectNode json = JSON.objectNode().put("addressType", address.addressType().code());
        text(json, "department", address.department());
        text(json, "subDepartment", address.subDepartment());
        text(json, "streetName", address.streetName());
        text(json, "buildingNumber", address.buildingNumber());
        text(json, "buildingName", address.buildingName());
        text(json, "floor", address.floor());
        text(json, "postBox", address.postBox());
        text(json, "room", address.room());
        text(json, "postCode", address.postCode());
        text(json, "townName", address.townName());
        text(json, "townLocationName", address.townLocationName());
        text(json, "districtName", address.districtName());
        text(json, "countrySubDivision", address.countrySubDivision());
        strings(json, "addressLine", address.addressLine());
        return json.put("country", address.country());
    }

    private static ObjectNode nationalIdentification(NationalIdentification id) {
        ObjectNode json = JSON.objectNode().put("nationalIdentifier", id.nationalIdentifier())
                .put("nationalIdentifierType", id.nationalIdentifierType().code());
        text(json, "countryOfIssue", id.countryOfIssue());
        text(json, "registrationAuthority", id.registrationAuthority());
        return json;
    }

    private static void text(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static void strings(ObjectNode json, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = json.putArray(name);
            values.forEach(array::add);
        }
    }

    private static <T> void array(ObjectNode json, String name, List<T> values, Function<T, ObjectNode> writer) {
        if (!values.isEmpty()) {
            ArrayNode array = json.putArray(name);
            values.forEach(value -> array.add(writer.apply(value)));
        }
    }
}
