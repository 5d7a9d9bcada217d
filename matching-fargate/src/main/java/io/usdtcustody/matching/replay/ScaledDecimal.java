package io.usdtcustody.matching.replay;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The edge between decimal strings and the engine's scaled longs. Parsing is exact: a value with more
 * decimals than the scale allows is refused, never rounded. Formatting writes exactly {@code scale} decimals
 * (the canonical form of replay output: prices with the tick's decimals, quantities with the lot's).
 */
final class ScaledDecimal {
    /** What {@link #parse} returns for a value with more decimals than the scale. */
    static final long TOO_PRECISE = Long.MIN_VALUE;
    /** What {@link #parse} returns for a value that does not fit a long at that scale. */
    static final long TOO_LARGE = Long.MIN_VALUE + 1;
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ScaledDecimal() {
    }

    /**
     * The value in units of 10^-scale, for a non-negative value; {@link #TOO_PRECISE} or {@link #TOO_LARGE}
     * otherwise. Negative values come back negative (callers refuse them).
     */
    static long parse(BigDecimal value, int scale) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            return TOO_PRECISE;
        }
        if (stripped.precision() - stripped.scale() > 19) {
            return TOO_LARGE;
        }
        BigInteger units = stripped.movePointRight(scale).toBigIntegerExact();
        if (units.abs().compareTo(LONG_MAX) >= 0) {
            return TOO_LARGE;
        }
        return units.longValue();
    }

    /** The number of decimals a tick or lot such as "0.01" or "5" needs (never negative). */
    static int scaleOf(BigDecimal increment) {
        return Math.max(0, increment.stripTrailingZeros().scale());
    }

    static String format(long units, int scale) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }
}
