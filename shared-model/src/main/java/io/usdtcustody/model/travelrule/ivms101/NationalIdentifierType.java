package io.usdtcustody.model.travelrule.ivms101;

import java.util.EnumSet;
import java.util.Set;

/** IVMS101 {@code NationalIdentifierTypeCode}: what kind of identifier a national identification is. */
public enum NationalIdentifierType implements Ivms101Code {
    /** Alien registration number. */
    ARNU,
    /** Passport number. */
    CCPT,
    /** Registration authority identifier (a company registry number; needs the authority's GLEIF RA code). */
    RAID,
    /** Driver's licence number. */
    DRLC,
    /** Foreign investment identity number. */
    FIIN,
    /** Tax identification number. */
    TXID,
    /** Social security number. */
    SOCS,
    /** Identity card number. */
    IDCD,
    /** Legal Entity Identifier (ISO 17442). */
    LEIX,
    /** Unspecified. */
    MISC;

    /** The only types a legal person may carry (IVMS101 C7 ValidNationalIdentifierLegalPerson). */
    public static final Set<NationalIdentifierType> FOR_LEGAL_PERSONS = Set.copyOf(EnumSet.of(RAID, MISC, LEIX, TXID));

    @Override
    public String code() {
        return name();
    }
}
