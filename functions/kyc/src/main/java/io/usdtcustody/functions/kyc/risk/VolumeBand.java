package io.usdtcustody.functions.kyc.risk;

/**
 * The monthly volume the customer declares at onboarding, in whole USDT. A band's upper bound also caps the
 * customer's limits: someone expecting 10,000 USDT a month has no use for a 50,000 USDT day.
 */
public enum VolumeBand {
    UP_TO_10K(10_000L),
    UP_TO_100K(100_000L),
    UP_TO_1M(1_000_000L),
    /** No upper bound; the tier's limits apply alone. */
    ABOVE_1M(Long.MAX_VALUE);

    private final long maxMonthlyUsdt;

    VolumeBand(long maxMonthlyUsdt) {
        this.maxMonthlyUsdt = maxMonthlyUsdt;
    }

    /** The band's upper bound in whole USDT ({@link Long#MAX_VALUE} for the open band). */
    public long maxMonthlyUsdt() {
        return maxMonthlyUsdt;
    }

    /** The band a declared monthly volume (whole USDT, zero or more) falls in. */
    public static VolumeBand of(long monthlyUsdt) {
        if (monthlyUsdt < 0) {
            throw new IllegalArgumentException("a monthly volume cannot be negative");
        }
        for (VolumeBand band : values()) {
            if (monthlyUsdt <= band.maxMonthlyUsdt) {
                return band;
            }
        }
        return ABOVE_1M;
    }
}
