package io.usdtcustody.model.catalogue;

import java.util.regex.Pattern;

/** Naming rules shared by every catalogue entry, so a name is valid for DynamoDB, Kinesis, S3 and Lambda alike. */
final class CatalogueNames {
    private static final Pattern LOGICAL = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");

    private CatalogueNames() {
    }

    static String requireName(String name) {
        if (name == null || !LOGICAL.matcher(name).matches()) {
            throw new IllegalArgumentException("catalogue names are 3-40 lower-case letters, digits and dashes: " + name);
        }
        return name;
    }
}
