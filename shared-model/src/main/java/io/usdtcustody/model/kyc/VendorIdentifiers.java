package io.usdtcustody.model.kyc;

import java.util.regex.Pattern;

/**
 * The one rule for identifiers that cross the vendor boundary (event, applicant and document ids, external
 * references, reason codes): 1-200 characters of letters, digits and {@code . _ : -}. Nothing else can be
 * smuggled through them, and errors can name them without quoting personal data.
 */
final class VendorIdentifiers {
    static final int MAX_LENGTH = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private VendorIdentifiers() {
    }

    static String require(String value, String name) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1-" + MAX_LENGTH
                    + " letters, digits or . _ : -");
        }
        return value;
    }
}
