package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/** One name of a legal person (IVMS101 {@code LegalPersonNameId}, also used for local and phonetic names). */
public record LegalPersonNameIdentifier(String legalPersonName, LegalPersonNameType legalPersonNameIdentifierType) {
    public LegalPersonNameIdentifier {
        Objects.requireNonNull(legalPersonName, "legalPersonName");
        Objects.requireNonNull(legalPersonNameIdentifierType, "legalPersonNameIdentifierType");
    }

    /** The registered legal name. */
    public static LegalPersonNameIdentifier legal(String name) {
        return new LegalPersonNameIdentifier(name, LegalPersonNameType.LEGL);
    }
}
