package io.usdtcustody.model.travelrule.ivms101;

import static io.usdtcustody.model.travelrule.ivms101.FieldProblems.path;

/** The IVMS101 rules for one {@link GeographicAddress}: field lengths, C8 ValidAddress and C3 ValidCountryCode. */
final class AddressRules {
    static final int MAX_ADDRESS_LINES = 7;

    private AddressRules() {
    }

    static void check(GeographicAddress address, String at, FieldProblems problems) {
        TextRules.optional(problems, path(at, "department"), address.department(), 50);
        TextRules.optional(problems, path(at, "subDepartment"), address.subDepartment(), 70);
        TextRules.optional(problems, path(at, "streetName"), address.streetName(), 70);
        TextRules.optional(problems, path(at, "buildingNumber"), address.buildingNumber(), 16);
        TextRules.optional(problems, path(at, "buildingName"), address.buildingName(), 35);
        TextRules.optional(problems, path(at, "floor"), address.floor(), 70);
        TextRules.optional(problems, path(at, "postBox"), address.postBox(), 16);
        TextRules.optional(problems, path(at, "room"), address.room(), 70);
        TextRules.optional(problems, path(at, "postCode"), address.postCode(), 16);
        TextRules.required(problems, path(at, "townName"), address.townName(), 35);
        TextRules.optional(problems, path(at, "townLocationName"), address.townLocationName(), 35);
        TextRules.optional(problems, path(at, "districtName"), address.districtName(), 35);
        TextRules.optional(problems, path(at, "countrySubDivision"), address.countrySubDivision(), 35);
        if (address.addressLine().size() > MAX_ADDRESS_LINES) {
            problems.add(path(at, "addressLine"), "must have at most " + MAX_ADDRESS_LINES + " lines");
        }
        for (int i = 0; i < address.addressLine().size(); i++) {
            TextRules.required(problems, path(at, "addressLine", i), address.addressLine().get(i), 70);
        }
        boolean structured = address.streetName() != null
                && (address.buildingNumber() != null || address.buildingName() != null);
        if (address.addressLine().isEmpty() && !structured) {
            problems.add(at, "needs addressLine, or streetName with buildingNumber or buildingName"
                    + " (IVMS101 C8 ValidAddress)");
        }
        TextRules.country(problems, path(at, "country"), address.country(), true);
    }
}
