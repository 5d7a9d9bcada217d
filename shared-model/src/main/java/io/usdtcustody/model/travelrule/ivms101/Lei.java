package io.usdtcustody.model.travelrule.ivms101;

import java.util.regex.Pattern;

/**
 * Legal Entity Identifiers (ISO 17442): 18 upper-case letters or digits followed by two check digits, valid
 * when the whole code, read as a number with letters A=10 … Z=35, leaves remainder 1 modulo 97
 * (ISO 7064 MOD 97-10, as in IBANs). The check catches every single-character error and almost every
 * transposition, which is why IVMS101 (constraint C11 ValidLEI) asks for it.
 */
public final class Lei {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");

    private Lei() {
    }

    /** Whether {@code code} has the LEI shape and correct check digits. */
    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches() && mod97(code) == 1;
    }

    /**
     * The two check digits for an 18-character LEI prefix, for building test identifiers.
     *
     * @throws IllegalArgumentException when the prefix is not 18 upper-case letters or digits
     */
    public static String checkDigits(String prefix) {
        if (prefix == null || !prefix.matches("[0-9A-Z]{18}")) {
            throw new IllegalArgumentException("an LEI prefix is 18 upper-case letters or digits");
        }
        int check = 98 - mod97(prefix + "00");
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** The remainder modulo 97, digit by digit so that no big integer is needed. */
    private static int mod97(String code) {
        int remainder = 0;
        for (int i = 0; i < code.length(); i++) {
            int value = Character.digit(code.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
