package io.usdtcustody.model.travelrule.ivms101;

/** IVMS101 {@code NaturalPersonNameTypeCode}: what kind of name a natural person's name identifier is. */
public enum NaturalPersonNameType implements Ivms101Code {
    /** Alias name: a name by which the person is also known. */
    ALIA,
    /** Name at birth, before any change (e.g. by marriage). */
    BIRT,
    /** Maiden name. */
    MAID,
    /** Legal name: the name the person is identified by; every natural person needs one (IVMS101 C6). */
    LEGL,
    /** A name that fits none of the above. */
    MISC;

    @Override
    public String code() {
        return name();
    }
}
