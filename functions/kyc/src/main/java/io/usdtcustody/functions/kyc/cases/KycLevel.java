package io.usdtcustody.functions.kyc.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * How much a case verifies, by the kinds of evidence it needs before it goes to the vendor: an identity document
 * always (customer identification, FATF R.10), proof of address from STANDARD, and the source of funds for
 * ENHANCED due diligence (what a HIGH risk tier requires, FATF R.10/R.12 and the EU AMLD Art. 18).
 */
public enum KycLevel {
    BASIC(EnumSet.of(DocumentType.Evidence.IDENTITY)),
    STANDARD(EnumSet.of(DocumentType.Evidence.IDENTITY, DocumentType.Evidence.ADDRESS)),
    ENHANCED(EnumSet.of(DocumentType.Evidence.IDENTITY, DocumentType.Evidence.ADDRESS,
            DocumentType.Evidence.SOURCE_OF_FUNDS));

    private final Set<DocumentType.Evidence> required;

    KycLevel(Set<DocumentType.Evidence> required) {
        this.required = Set.copyOf(required);
    }

    /** The evidence a case of this level needs before it is submitted. */
    public Set<DocumentType.Evidence> required() {
        return required;
    }

    /** Whether this level's checks include everything {@code other} checks. */
    public boolean covers(KycLevel other) {
        return compareTo(other) >= 0;
    }
}
