package io.usdtcustody.functions.kyc.mrz;

/**
 * The machine readable zone layouts of ICAO 9303: TD1 (identity cards, 3 lines of 30, Part 5), TD2 (2 lines of
 * 36, Part 6) and TD3 (passports, 2 lines of 44, Part 4). Visas (MRV-A/B, Part 7) are not supported.
 */
public enum MrzFormat {
    TD1(3, 30),
    TD2(2, 36),
    TD3(2, 44);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    public int lines() {
        return lines;
    }

    public int length() {
        return length;
    }

    /** The format with these dimensions, or {@code null}. */
    static MrzFormat of(int lines, int length) {
        for (MrzFormat format : values()) {
            if (format.lines == lines && format.length == length) {
                return format;
            }
        }
        return null;
    }
}
