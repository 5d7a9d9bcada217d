package io.usdtcustody.matching.engine.book;

/**
 * One side of the fast book: its price levels in a sorted array with the best price last, so that taking out
 * the best level (what matching does) is O(1) and a new level near the top moves only a few references.
 * Lookups are binary searches. Bids are kept ascending by price, asks descending.
 */
final class LevelLadder {
    private final boolean bids;
    private PriceLevel[] levels;
    private int size;

    LevelLadder(boolean bids, int initialCapacity) {
        this.bids = bids;
        this.levels = new PriceLevel[Math.max(16, initialCapacity)];
    }

    /** Sort key: ascending rank, best (highest rank) last. */
    private long rank(long price) {
        return bids ? price : -price;
    }

    int size() {
        return size;
    }

    PriceLevel best() {
        return size == 0 ? null : levels[size - 1];
    }

    /** The level {@code k} steps behind the best one (0 = best), or null. */
    PriceLevel fromBest(int k) {
        return k < size ? levels[size - 1 - k] : null;
    }

    /** Index of the level at {@code price}, or {@code -(insertion point) - 1}. */
    private int search(long price) {
        long key = rank(price);
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midKey = rank(levels[mid].price);
            if (midKey < key) {
                low = mid + 1;
            } else if (midKey > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    PriceLevel find(long price) {
        // most activity is at the top of the book: check the best level before searching
        if (size > 0 && levels[size - 1].price == price) {
            return levels[size - 1];
        }
        int i = search(price);
        return i >= 0 ? levels[i] : null;
    }

    void insert(PriceLevel level) {
        int i = -search(level.price) - 1;
        if (size == levels.length) {
            PriceLevel[] bigger = new PriceLevel[levels.length * 2];
            System.arraycopy(levels, 0, bigger, 0, size);
            levels = bigger;
        }
        System.arraycopy(levels, i, levels, i + 1, size - i);
        levels[i] = level;
        size++;
    }

    void removeBest() {
        levels[--size] = null;
    }

    void remove(PriceLevel level) {
        if (levels[size - 1] == level) {
            removeBest();
            return;
        }
        int i = search(level.price);
        System.arraycopy(levels, i + 1, levels, i, size - i - 1);
        levels[--size] = null;
    }

    /** True when {@code price} is at or better than the limit of an order taking from this side. */
    boolean acceptable(long price, long takerLimit) {
        return bids ? price >= takerLimit : price <= takerLimit;
    }
}
