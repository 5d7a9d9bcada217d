package io.usdtcustody.model.travelrule.ivms101;

import static io.usdtcustody.model.travelrule.ivms101.FieldProblems.path;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The IVMS101 content rules for natural and legal persons: names (C5, C6), national identification (C7, C9,
 * C10 in form, C11), date of birth (C2), countries (C3) and the text lengths of the standard's data types.
 */
final class PersonRules {
    static final int MAX_NAME = 100;
    /** A GLEIF Registration Authority code; membership of the GLEIF list itself is not checked here. */
    private static final Pattern REGISTRATION_AUTHORITY = Pattern.compile("RA[0-9]{6}");

    private PersonRules() {
    }

    static void person(Person person, String at, LocalDate today, FieldProblems problems) {
        if (person.naturalPerson() != null) {
            natural(person.naturalPerson(), path(at, "naturalPerson"), today, problems);
        } else {
            legal(person.legalPerson(), path(at, "legalPerson"), problems);
        }
    }

    static void natural(NaturalPerson person, String at, LocalDate today, FieldProblems problems) {
        String name = path(at, "name");
        List<NaturalPersonNameIdentifier> names = person.name().nameIdentifier();
        if (names.stream().noneMatch(n -> n.nameIdentifierType() == NaturalPersonNameType.LEGL)) {
            problems.add(name, "needs a nameIdentifier of type LEGL (IVMS101 C6 LegalNamePresentNaturalPerson)");
        }
        naturalNames(names, path(name, "nameIdentifier"), problems);
        naturalNames(person.name().localNameIdentifier(), path(name, "localNameIdentifier"), problems);
        naturalNames(person.name().phoneticNameIdentifier(), path(name, "phoneticNameIdentifier"), problems);
        addresses(person.geographicAddress(), path(at, "geographicAddress"), problems);
        if (person.nationalIdentification() != null) {
            nationalIdentification(person.nationalIdentification(), path(at, "nationalIdentification"), problems);
        }
        TextRules.optional(problems, path(at, "customerIdentification"), person.customerIdentification(), 50);
        if (person.dateAndPlaceOfBirth() != null) {
            String birth = path(at, "dateAndPlaceOfBirth");
            if (!person.dateAndPlaceOfBirth().dateOfBirth().isBefore(today)) {
                problems.add(path(birth, "dateOfBirth"), "must be a date in the past (IVMS101 C2 DateInPast)");
            }
            TextRules.required(problems, path(birth, "placeOfBirth"), person.dateAndPlaceOfBirth().placeOfBirth(), 70);
        }
        TextRules.country(problems, path(at, "countryOfResidence"), person.countryOfResidence(), false);
    }

    static void legal(LegalPerson person, String at, FieldProblems problems) {
        String name = path(at, "name");
        List<LegalPersonNameIdentifier> names = person.name().nameIdentifier();
        if (names.stream().noneMatch(n -> n.legalPersonNameIdentifierType() == LegalPersonNameType.LEGL)) {
            problems.add(name, "needs a nameIdentifier of type LEGL (IVMS101 C5 LegalNamePresentLegalPerson)");
        }
        legalNames(names, path(name, "nameIdentifier"), problems);
        legalNames(person.name().localNameIdentifier(), path(name, "localNameIdentifier"), problems);
        legalNames(person.name().phoneticNameIdentifier(), path(name, "phoneticNameIdentifier"), problems);
        addresses(person.geographicAddress(), path(at, "geographicAddress"), problems);
        TextRules.optional(problems, path(at, "customerNumber"), person.customerNumber(), 50);
        NationalIdentification id = person.nationalIdentification();
        if (id != null) {
            String idPath = path(at, "nationalIdentification");
            nationalIdentification(id, idPath, problems);
            legalPersonIdentification(id, idPath, problems);
        }
        TextRules.country(problems, path(at, "countryOfRegistration"), person.countryOfRegistration(), false);
    }

    private static void naturalNames(List<NaturalPersonNameIdentifier> names, String at, FieldProblems problems) {
        for (int i = 0; i < names.size(); i++) {
            String item = at + "[" + i + "]";
            TextRules.required(problems, path(item, "primaryIdentifier"), names.get(i).primaryIdentifier(), MAX_NAME);
            TextRules.optional(problems, path(item, "secondaryIdentifier"), names.get(i).secondaryIdentifier(),
                    MAX_NAME);
        }
    }

    private static void legalNames(List<LegalPersonNameIdentifier> names, String at, FieldProblems problems) {
        for (int i = 0; i < names.size(); i++) {
            TextRules.required(problems, path(at + "[" + i + "]", "legalPersonName"), names.get(i).legalPersonName(),
                    MAX_NAME);
        }
    }

    private static void addresses(List<GeographicAddress> addresses, String at, FieldProblems problems) {
        for (int i = 0; i < addresses.size(); i++) {
            AddressRules.check(addresses.get(i), at + "[" + i + "]", problems);
        }
    }

    private static void nationalIdentification(NationalIdentification id, String at, FieldProblems problems) {
        TextRules.required(problems, path(at, "nationalIdentifier"), id.nationalIdentifier(), 35);
        if (id.nationalIdentifierType() == NationalIdentifierType.LEIX && !Lei.isValid(id.nationalIdentifier())) {
            problems.add(path(at, "nationalIdentifier"),
                    "must be a valid ISO 17442 LEI: 20 characters with correct check digits (IVMS101 C11 ValidLEI)");
        }
        TextRules.country(problems, path(at, "countryOfIssue"), id.countryOfIssue(), false);
        if (id.registrationAuthority() != null && !REGISTRATION_AUTHORITY.matcher(id.registrationAuthority()).matches()) {
            problems.add(path(at, "registrationAuthority"),
                    "must be a GLEIF Registration Authority code: RA followed by 6 digits (IVMS101 C10)");
        }
    }

    /** C7 ValidNationalIdentifierLegalPerson and C9 CompleteNationalIdentifierLegalPerson. */
    private static void legalPersonIdentification(NationalIdentification id, String at, FieldProblems problems) {
        if (!NationalIdentifierType.FOR_LEGAL_PERSONS.contains(id.nationalIdentifierType())) {
            problems.add(path(at, "nationalIdentifierType"),
                    "must be RAID, MISC, LEIX or TXID for a legal person (IVMS101 C7)");
        }
        if (id.countryOfIssue() != null) {
            problems.add(path(at, "countryOfIssue"), "must be absent for a legal person (IVMS101 C9)");
        }
        boolean lei = id.nationalIdentifierType() == NationalIdentifierType.LEIX;
        if (lei && id.registrationAuthority() != null) {
            problems.add(path(at, "registrationAuthority"), "must be absent when the identifier is an LEI (IVMS101 C9)");
        } else if (!lei && id.registrationAuthority() == null) {
            problems.add(path(at, "registrationAuthority"),
                    "is required for a legal person unless the identifier is an LEI (IVMS101 C9)");
        }
    }
}
