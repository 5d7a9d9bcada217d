package io.usdtcustody.matching.engine.risk;

import java.util.Arrays;

/**
 * One trading account: per asset, what is available to new orders and withdrawals and what open orders have
 * reserved (both in the asset's units), and the account's order-rate window.
 */
public final class Account {
    private final long accountId;
    private long[] available;
    private long[] reserved;
    long rateWindow = Long.MIN_VALUE;
    int ordersInWindow;

    Account(long accountId, int assetIdBound) {
        this.accountId = accountId;
        int length = Math.max(assetIdBound, 2);
        this.available = new long[length];
        this.reserved = new long[length];
    }

    public long accountId() {
        return accountId;
    }

    public long available(int assetId) {
        return assetId < available.length ? available[assetId] : 0;
    }

    public long reserved(int assetId) {
        return assetId < reserved.length ? reserved[assetId] : 0;
    }

    /** Moves {@code amount} from available to reserved; false (and no change) when not enough is available. */
    public boolean reserve(int assetId, long amount) {
        ensureAsset(assetId);
        if (available[assetId] < amount) {
            return false;
        }
        available[assetId] -= amount;
        reserved[assetId] += amount;
        return true;
    }

    /** Moves {@code amount} from reserved back to available. */
    public void release(int assetId, long amount) {
        reserved[assetId] -= amount;
        available[assetId] += amount;
    }

    /** Takes {@code amount} out of reserved funds (it was spent in a fill). */
    public void spendReserved(int assetId, long amount) {
        reserved[assetId] -= amount;
    }

    /** Adds to available funds (proceeds of a fill, a fee, a deposit). */
    public void credit(int assetId, long amount) {
        ensureAsset(assetId);
        available[assetId] += amount;
    }

    /** Takes from available funds (a withdrawal, checked by the caller). */
    public void debit(int assetId, long amount) {
        available[assetId] -= amount;
    }

    /** Sets both balances (restoring a snapshot). */
    public void restore(int assetId, long availableAmount, long reservedAmount) {
        ensureAsset(assetId);
        available[assetId] = availableAmount;
        reserved[assetId] = reservedAmount;
    }

    public long rateWindow() {
        return rateWindow;
    }

    public int ordersInWindow() {
        return ordersInWindow;
    }

    /** Sets the rate window (restoring a snapshot). */
    public void restoreRateWindow(long window, int orders) {
        this.rateWindow = window;
        this.ordersInWindow = orders;
    }

    private void ensureAsset(int assetId) {
        if (assetId >= available.length) {
            int length = Math.max(assetId + 1, available.length * 2);
            available = Arrays.copyOf(available, length);
            reserved = Arrays.copyOf(reserved, length);
        }
    }
}
