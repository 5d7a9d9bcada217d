package io.usdtcustody.functions.kyc.mrz;

/**
 * The ICAO 9303 check digit (Part 3, section 4.9): each character's value (digits as themselves, A=10 … Z=35,
 * the filler {@code <} = 0) times the repeating weights 7, 3, 1, summed, modulo 10.
 *
 * <p>Because the weights are coprime with 10, it catches every change of one digit to another, and every
 * substitution whose values differ by anything but a multiple of 10; a substitution between characters of
 * equal value modulo 10 (C and M, {@code <} and 0) goes unnoticed — a limit of the standard, not of this code.
 */
public final class MrzCheckDigit {
    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {
    }

    /**
     * The check digit of {@code text}.
     *
     * @throws IllegalArgumentException when a character is outside the MRZ alphabet (0-9, A-Z, {@code <})
     */
    public static int compute(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += value(text.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** The character's value, or -1 outside the MRZ alphabet. */
    static int valueOrMinusOne(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    private static int value(char c) {
        int value = valueOrMinusOne(c);
        if (value < 0) {
            throw new IllegalArgumentException("not an MRZ character (0-9, A-Z or <)");
        }
        return value;
    }

    /** The digit as the MRZ prints it. */
    public static char toChar(int digit) {
        return (char) ('0' + digit);
    }
}
