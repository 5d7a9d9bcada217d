package io.usdtcustody.screening.list;

/**
 * How a name is attached to a list entry. OFAC's strong aliases ({@code aka}, {@code fka}, {@code nka}) are in
 * {@code alt.csv}; the weak ones (nicknames, handles, {@code a.k.a. '…'} in the remarks) are names OFAC itself
 * says are too broad to screen on alone, so they are scored a little lower.
 */
public enum NameKind {
    PRIMARY,
    AKA,
    /** formerly known as */
    FKA,
    /** now known as */
    NKA,
    WEAK_AKA;

    /** The {@code alt_type} of {@code alt.csv}; an unknown type is read as a plain alias, never dropped. */
    static NameKind ofAltType(String altType) {
        return switch (altType.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "fka" -> FKA;
            case "nka" -> NKA;
            default -> AKA;
        };
    }
}
