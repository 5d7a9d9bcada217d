package io.usdtcustody.matching.engine.risk;

/**
 * Per-account order-rate limit: at most N orders (places and amends; cancels are never limited, so an
 * account can always get out) per one-second window of sequencer time. Windows are aligned to whole seconds
 * of the command timestamps, so replaying the same commands always limits the same orders.
 */
public final class OrderRateLimiter {
    private static final long NANOS_PER_WINDOW = 1_000_000_000L;
    private final int maxOrdersPerSecond;

    /** {@code maxOrdersPerSecond} ≤ 0 means unlimited. */
    public OrderRateLimiter(int maxOrdersPerSecond) {
        this.maxOrdersPerSecond = maxOrdersPerSecond;
    }

    /** Counts one order for the account; false (and nothing counted) when it is over its limit. */
    public boolean tryAcquire(Account account, long timestampNanos) {
        if (maxOrdersPerSecond <= 0) {
            return true;
        }
        long window = Math.floorDiv(timestampNanos, NANOS_PER_WINDOW);
        if (window != account.rateWindow) {
            account.rateWindow = window;
            account.ordersInWindow = 0;
        }
        if (account.ordersInWindow >= maxOrdersPerSecond) {
            return false;
        }
        account.ordersInWindow++;
        return true;
    }
}
