package io.usdtcustody.model.travelrule.ivms101;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

/** Binds IVMS101 natural and legal persons and their parts (names, addresses, identification, birth). */
final class PersonJsonReader {
    private final FieldProblems problems;

    PersonJsonReader(FieldProblems problems) {
        this.problems = problems;
    }

    NaturalPerson natural(JsonNode node, String at) {
        return read(node, at, r -> {
            NaturalPersonName name = r.object("name", true, this::naturalName);
            var addresses = r.array("geographicAddress", this::address);
            NationalIdentification id = r.object("nationalIdentification", false, this::nationalIdentification);
            String customer = r.text("customerIdentification", false);
            DateAndPlaceOfBirth birth = r.object("dateAndPlaceOfBirth", false, this::birth);
            String residence = r.text("countryOfResidence", false);
            return () -> new NaturalPerson(name, addresses, id, customer, birth, residence);
        });
    }

    LegalPerson legal(JsonNode node, String at) {
        return read(node, at, r -> {
            LegalPersonName name = r.object("name", true, this::legalName);
            var addresses = r.array("geographicAddress", this::address);
            String customer = r.text("customerNumber", false);
            NationalIdentification id = r.object("nationalIdentification", false, this::nationalIdentification);
            String registration = r.text("countryOfRegistration", false);
            return () -> new LegalPerson(name, addresses, customer, id, registration);
        });
    }

    private NaturalPersonName naturalName(JsonNode node, String at) {
        return read(node, at, r -> {
            var names = r.array("nameIdentifier", this::naturalNameIdentifier);
            var local = r.array("localNameIdentifier", this::naturalNameIdentifier);
            var phonetic = r.array("phoneticNameIdentifier", this::naturalNameIdentifier);
            return () -> new NaturalPersonName(names, local, phonetic);
        });
    }

    private NaturalPersonNameIdentifier naturalNameIdentifier(JsonNode node, String at) {
        return read(node, at, r -> {
            String primary = r.text("primaryIdentifier", true);
            String secondary = r.text("secondaryIdentifier", false);
            NaturalPersonNameType type = r.code("nameIdentifierType", NaturalPersonNameType.class, true);
            return () -> new NaturalPersonNameIdentifier(primary, secondary, type);
        });
    }

    private LegalPersonName legalName(JsonNode node, String at) {
        return read(node, at, r -> {
            var names = r.array("nameIdentifier", this::legalNameIdentifier);
            var local = r.array("localNameIdentifier", this::legalNameIdentifier);
            var phonetic = r.array("phoneticNameIdentifier", this::legalNameIdentifier);
            return () -> new LegalPersonName(names, local, phonetic);
        });
    }

    private LegalPersonNameIdentifier legalNameIdentifier(JsonNode node, String at) {
        return read(node, at, r -> {
            String name = r.text("legalPersonName", true);
            LegalPersonNameType type = r.code("legalPersonNameIdentifierType", LegalPersonNameType.class, true);
            return () -> new LegalPersonNameIdentifier(name, type);
        });
    }

    private GeographicAddress address(JsonNode node, String at) {
        return read(node, at, r -> {
            AddressType type = r.code("addressType", AddressType.class, true);
            String department = r.text("department", false);
            String subDepartment = r.text("subDepartment", false);
            String streetName = r.text("streetName", false);
            String buildingNumber = r.text("buildingNumber", false);
            String buildingName = r.text("buildingName", false);
            String floor = r.text("floor", false);
            String postBox = r.text("postBox", false);
            String room = r.text("room", false);
            String postCode = r.text("postCode", false);
            String townName = r.text("townName", true);
            String townLocationName = r.text("townLocationName", false);
            String districtName = r.text("districtName", false);
            String countrySubDivision = r.text("countrySubDivision", false);
            var addressLine = r.texts("addressLine");
            String country = r.text("country", true);
            return () -> new GeographicAddress(type, department, subDepartment, streetName, buildingNumber,
                    buildingName, floor, postBox, room, postCode, townName, townLocationName, districtName,
                    countrySubDivision, addressLine, country);
        });
    }

    private NationalIdentification nationalIdentification(JsonNode node, String at) {
        return read(node, at, r -> {
            String identifier = r.text("nationalIdentifier", true);
            NationalIdentifierType type = r.code("nationalIdentifierType", NationalIdentifierType.class, true);
            String countryOfIssue = r.text("countryOfIssue", false);
            String authority = r.text("registrationAuthority", false);
            return () -> new NationalIdentification(identifier, type, countryOfIssue, authority);
        });
    }

    private DateAndPlaceOfBirth birth(JsonNode node, String at) {
        return read(node, at, r -> {
            LocalDate date = r.date("dateOfBirth", true);
            String place = r.text("placeOfBirth", true);
            return () -> new DateAndPlaceOfBirth(date, place);
        });
    }

    private <T> T read(JsonNode node, String at, Function<JsonObjectReader, Supplier<T>> members) {
        return JsonObjectReader.read(node, at, problems, members);
    }
}
