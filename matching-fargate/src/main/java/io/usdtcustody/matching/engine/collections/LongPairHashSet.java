package io.usdtcustody.matching.engine.collections;

import java.util.Arrays;

/**
 * A grow-only open-addressing set of 128-bit keys held as two {@code long}s (a UUID fits), for the engine's
 * applied transfer ids. The pair (0, 0) is reserved as the empty marker and cannot be stored. Not
 * thread-safe.
 */
public final class LongPairHashSet {
    private long[] slots;
    private int mask;
    private int size;

    public LongPairHashSet(int expectedSize) {
        allocate(Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1);
    }

    private void allocate(int capacity) {
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }

    private int home(long high, long low) {
        long h = (high * 0x9E3779B97F4A7C15L) ^ (low * 0xC2B2AE3D27D4EB4FL);
        return (int) (h ^ (h >>> 29)) & mask;
    }

    public boolean contains(long high, long low) {
        int i = home(high, low);
        while (slots[2 * i] != 0 || slots[2 * i + 1] != 0) {
            if (slots[2 * i] == high && slots[2 * i + 1] == low) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Adds the pair; false when it was already present. */
    public boolean add(long high, long low) {
        if (high == 0 && low == 0) {
            throw new IllegalArgumentException("(0, 0) is the empty marker");
        }
        int i = home(high, low);
        while (slots[2 * i] != 0 || slots[2 * i + 1] != 0) {
            if (slots[2 * i] == high && slots[2 * i + 1] == low) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = high;
        slots[2 * i + 1] = low;
        if (++size > (mask + 1) >> 1) {
            long[] old = slots;
            allocate((mask + 1) << 1);
            size = 0;
            for (int j = 0; j < old.length; j += 2) {
                if (old[j] != 0 || old[j + 1] != 0) {
                    add(old[j], old[j + 1]);
                }
            }
        }
        return true;
    }

    public int size() {
        return size;
    }

    /** The pairs sorted by (high, low), as {@code [h0, l0, h1, l1, ...]} (allocates; for snapshots). */
    public long[] sortedPairs() {
        long[][] pairs = new long[size][];
        int n = 0;
        for (int j = 0; j < slots.length; j += 2) {
            if (slots[j] != 0 || slots[j + 1] != 0) {
                pairs[n++] = new long[] {slots[j], slots[j + 1]};
            }
        }
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] out = new long[size * 2];
        for (int k = 0; k < size; k++) {
            out[2 * k] = pairs[k][0];
            out[2 * k + 1] = pairs[k][1];
        }
        return out;
    }
}
