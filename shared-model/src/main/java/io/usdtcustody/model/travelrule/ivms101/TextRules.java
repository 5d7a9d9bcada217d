package io.usdtcustody.model.travelrule.ivms101;

/**
 * The IVMS101 text and code data types (Max16Text … Max100Text, CountryCode) as checks that add a problem
 * instead of throwing. Lengths count Unicode code points, as the standard counts characters.
 */
final class TextRules {
    private TextRules() {
    }

    /** A required text of 1..{@code max} characters, not blank. */
    static void required(FieldProblems problems, String path, String value, int max) {
        if (value == null) {
            problems.add(path, "is required");
        } else {
            optional(problems, path, value, max);
        }
    }

    /** An optional text: when present, 1..{@code max} characters and not blank. */
    static void optional(FieldProblems problems, String path, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            problems.add(path, "must not be blank");
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(path, "must be at most " + max + " characters");
        } else if (hasControlCharacter(value)) {
            problems.add(path, "must not contain control characters");
        }
    }

    /** A country: an assigned ISO 3166-1 alpha-2 code or XX (IVMS101 C3 ValidCountryCode). */
    static void country(FieldProblems problems, String path, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(path, "is required");
            }
        } else if (!IsoCountries.isValidIvms101(value)) {
            problems.add(path, "must be an ISO 3166-1 alpha-2 country code in upper case (or XX)");
        }
    }

    private static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(Character::isISOControl);
    }
}
