package io.usdtcustody.matching.engine.collections;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to objects, for the engine's hot path: no boxing, no
 * entry objects, linear probing with backward-shift deletion (no tombstones), so lookups stay short however
 * many orders come and go. It grows by doubling at a load factor of one half; size it up front to avoid that
 * in steady state. Not thread-safe.
 *
 * @param <V> the value type; {@code null} values are not stored
 */
public final class LongObjectHashMap<V> {
    private long[] keys;
    private Object[] values;
    private int mask;
    private int size;

    public LongObjectHashMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @SuppressWarnings("unchecked")
    public V get(long key) {
        int i = mix(key) & mask;
        Object v;
        while ((v = values[i]) != null) {
            if (keys[i] == key) {
                return (V) v;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    public boolean containsKey(long key) {
        return get(key) != null;
    }

    /** Stores the value and returns the one it replaced, if any. */
    @SuppressWarnings("unchecked")
    public V put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null values are not stored");
        }
        int i = mix(key) & mask;
        Object v;
        while ((v = values[i]) != null) {
            if (keys[i] == key) {
                values[i] = value;
                return (V) v;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size > (mask + 1) >> 1) {
            grow();
        }
        return null;
    }

    /** Removes the key and returns its value, or {@code null} when it was absent. */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int i = mix(key) & mask;
        Object v;
        while ((v = values[i]) != null) {
            if (keys[i] == key) {
                shiftBack(i);
                size--;
                return (V) v;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Closes the gap at {@code hole} by moving later entries of the same probe run back into it. */
    private void shiftBack(int hole) {
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            Object v = values[i];
            if (v == null) {
                break;
            }
            int home = mix(keys[i]) & mask;
            // the entry at i may move into the hole only if its home is not within (hole, i]
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                keys[hole] = keys[i];
                values[hole] = v;
                hole = i;
            }
        }
        values[hole] = null;
        keys[hole] = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(oldKeys.length << 1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                reinsert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void reinsert(long key, Object value) {
        int i = mix(key) & mask;
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    public int size() {
        return size;
    }

    /** The keys in ascending order (allocates; for snapshots and audits, not the hot path). */
    public long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                out[n++] = keys[i];
            }
        }
        Arrays.sort(out);
        return out;
    }
}
