package io.usdtcustody.matching.engine.instrument;

/**
 * Overflow-checked arithmetic on non-negative scaled longs that reports overflow as -1 instead of throwing, so
 * the order path can refuse an oversized order with a result code.
 */
public final class ScaledMath {
    public static final int BPS_PER_UNIT = 10_000;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private ScaledMath() {
    }

    /** 10^exponent for 0 ≤ exponent ≤ 18. */
    public static long powerOfTen(int exponent) {
        return POWERS_OF_TEN[exponent];
    }

    /** a × b for non-negative operands, or -1 when it does not fit in a long. */
    public static long multiply(long a, long b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        long product = a * b;
        return Math.multiplyHigh(a, b) != 0 || product < 0 ? -1 : product;
    }

    /** a + b for non-negative operands, or -1 when it does not fit. */
    public static long add(long a, long b) {
        long sum = a + b;
        return a < 0 || b < 0 || sum < 0 ? -1 : sum;
    }

    /** floor(amount × bps / 10,000) without an intermediate overflow, for 0 ≤ bps ≤ 10,000. */
    public static long fee(long amount, int bps) {
        return (amount / BPS_PER_UNIT) * bps + (amount % BPS_PER_UNIT) * bps / BPS_PER_UNIT;
    }
}
