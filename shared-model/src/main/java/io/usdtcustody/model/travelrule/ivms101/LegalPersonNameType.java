package io.usdtcustody.model.travelrule.ivms101;

/** IVMS101 {@code LegalPersonNameTypeCode}: what kind of name a legal person's name identifier is. */
public enum LegalPersonNameType implements Ivms101Code {
    /** The registered legal name; every legal person needs one (IVMS101 C5). */
    LEGL,
    /** A short name. */
    SHRT,
    /** A trading name ("doing business as"). */
    TRAD;

    @Override
    public String code() {
        return name();
    }
}
