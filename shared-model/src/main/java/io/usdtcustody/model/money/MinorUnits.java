package io.usdtcustody.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Exact conversion between decimal text such as {@code "10.5"} and integer minor units at a given scale, for
 * {@link Amount} and for code that keeps its own scale (the matching engine's prices and quantities).
 *
 * <p>Accepted text: an optional leading {@code '-'}, one or more ASCII digits, and optionally {@code '.'}
 * followed by one to {@code decimals} digits. Nothing else: no {@code '+'}, no exponent, no spaces, no
 * {@code ".5"} or {@code "5."}, no grouping separators, no NaN or Infinity, at most {@value #MAX_TEXT_LENGTH}
 * characters. Fractional digits beyond the scale are refused rather than rounded, even when they are zeros,
 * because a client that sends more precision than the asset has is confused about the asset.
 *
 * <p>Canonical text (what {@link #format} writes): the plain decimal with trailing fractional zeros stripped,
 * no {@code '.'} when there is no fraction, {@code "0"} for zero and a leading {@code '-'} for negatives:
 * {@code 10_500_000} at 6 decimals is {@code "10.5"}, {@code 10_000_000} is {@code "10"}.
 */
public final class MinorUnits {

    /** Long enough for any {@code long} at any scale with a few leading zeros; a bound against abuse. */
    public static final int MAX_TEXT_LENGTH = 48;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private MinorUnits() {
    }

    /**
     * Parses decimal text into minor units at {@code decimals} places.
     *
     * @throws IllegalArgumentException when the text is not a plain decimal, has more fractional digits than
     *                                  {@code decimals}, or does not fit a {@code long} at that scale
     */
    public static long parse(String text, int decimals) {
        requireDecimals(decimals);
        Objects.requireNonNull(text, "amount text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("amount must not be empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("amount must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("amount must be a plain decimal number such as \"10.5\" or \"-3\""
                    + " (ASCII digits, optional leading '-', optional '.' with digits on both sides;"
                    + " no '+', exponent, spaces or separators)");
        }
        int dot = text.indexOf('.');
        int fractionDigits = dot < 0 ? 0 : text.length() - dot - 1;
        if (fractionDigits > decimals) {
            throw new IllegalArgumentException("amount has " + fractionDigits
                    + " fractional digits but the asset allows at most " + decimals);
        }
        // The text is validated above, so BigDecimal sees only what we allow and the rescale cannot round.
        BigDecimal unscaled = new BigDecimal(text).setScale(decimals, RoundingMode.UNNECESSARY);
        try {
            return unscaled.unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount is out of range: at " + decimals
                    + " decimals it must lie within " + format(Long.MIN_VALUE, decimals)
                    + " and " + format(Long.MAX_VALUE, decimals));
        }
    }

    /** Writes minor units at {@code decimals} places as canonical text (see the class comment). */
    public static String format(long minorUnits, int decimals) {
        requireDecimals(decimals);
        String digits = Long.toString(minorUnits);
        boolean negative = minorUnits < 0;
        if (negative) {
            digits = digits.substring(1); // also right for Long.MIN_VALUE, whose magnitude has no long
        }
        if (decimals == 0) {
            return minorUnits == 0 ? "0" : (negative ? "-" : "") + digits;
        }
        StringBuilder padded = new StringBuilder(decimals + 21);
        for (int i = digits.length(); i <= decimals; i++) {
            padded.append('0');
        }
        padded.append(digits);
        int pointAt = padded.length() - decimals;
        int end = padded.length();
        while (end > pointAt && padded.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 2);
        if (negative) {
            out.append('-');
        }
        out.append(padded, 0, pointAt);
        if (end > pointAt) {
            out.append('.').append(padded, pointAt, end);
        }
        return out.toString();
    }

    /** The exact value as a {@link BigDecimal} with scale {@code decimals}, for reports and the JSON edge. */
    public static BigDecimal toBigDecimal(long minorUnits, int decimals) {
        requireDecimals(decimals);
        return BigDecimal.valueOf(minorUnits, decimals);
    }

    static void requireDecimals(int decimals) {
        if (decimals < 0 || decimals > Asset.MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0.." + Asset.MAX_DECIMALS + ", was " + decimals);
        }
    }
}
