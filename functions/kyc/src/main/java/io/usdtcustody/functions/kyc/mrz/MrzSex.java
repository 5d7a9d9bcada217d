package io.usdtcustody.functions.kyc.mrz;

/** The sex field of an MRZ: {@code M}, {@code F}, or unspecified ({@code <}, or {@code X} as some states print). */
public enum MrzSex {
    MALE('M'),
    FEMALE('F'),
    UNSPECIFIED('<');

    private final char code;

    MrzSex(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** The sex for an MRZ character, or {@code null} when the character is not one. */
    static MrzSex of(char c) {
        return switch (c) {
            case 'M' -> MALE;
            case 'F' -> FEMALE;
            case '<', 'X' -> UNSPECIFIED;
            default -> null;
        };
    }
}
