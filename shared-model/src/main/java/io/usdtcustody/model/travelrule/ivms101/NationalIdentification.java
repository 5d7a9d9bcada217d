package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/**
 * An official identifier of a person (IVMS101 {@code NationalIdentification}): a passport, identity card or
 * tax number for natural persons, an LEI or registry number for legal persons. {@code countryOfIssue} is for
 * natural persons only; {@code registrationAuthority} is a GLEIF Registration Authority code
 * ({@code RA} + 6 digits). Optional parts are {@code null} when absent.
 */
public record NationalIdentification(String nationalIdentifier, NationalIdentifierType nationalIdentifierType,
                                     String countryOfIssue, String registrationAuthority) {
    public NationalIdentification {
        Objects.requireNonNull(nationalIdentifier, "nationalIdentifier");
        Objects.requireNonNull(nationalIdentifierType, "nationalIdentifierType");
    }

    /** A Legal Entity Identifier (no country, no registration authority, as IVMS101 C9 asks). */
    public static NationalIdentification lei(String lei) {
        return new NationalIdentification(lei, NationalIdentifierType.LEIX, null, null);
    }
}
