package io.usdtcustody.screening.name;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of string keys numbered 0..n-1 and found by hashing, held in primitive arrays (one {@code char[]}
 * of all keys, their start offsets, an open-addressing slot table) instead of a {@code HashMap} of strings: it
 * is built in a few milliseconds from arrays read off a prebuilt screen image, where half a million map
 * entries would take a cold JVM hundreds. Keys keep the order they were given in. Immutable and thread-safe.
 */
public final class KeyTable {
    /** An empty table. */
    public static final KeyTable EMPTY = of(List.of());

    private final char[] chars;
    private final int[] starts;
    private final int[] slots;
    private final int mask;
    private final int shift;

    private KeyTable(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
        int size = starts.length - 1;
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 + 1) - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int k = 0; k < size; k++) {
            int hash = 0;
            for (int i = starts[k]; i < starts[k + 1]; i++) {
                hash = 31 * hash + chars[i];
            }
            int slot = slotOf(hash);
            while (slots[slot] != 0) {
                if (equalsKey(slots[slot] - 1, chars, starts[k], starts[k + 1] - starts[k])) {
                    throw new IllegalArgumentException("key " + key(k) + " appears twice");
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = k + 1;
        }
    }

    /** A table of {@code keys}, numbered in the given order; a repeated key is refused. */
    public static KeyTable of(List<String> keys) {
        int length = 0;
        for (String key : keys) {
            length += key.length();
        }
        char[] chars = new char[length];
        int[] starts = new int[keys.size() + 1];
        int at = 0;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            key.getChars(0, key.length(), chars, at);
            at += key.length();
            starts[k + 1] = at;
        }
        return new KeyTable(chars, starts);
    }

    /**
     * A table over keys already laid out: key {@code k} is {@code chars[starts[k]..starts[k+1])}. The arrays are
     * taken, not copied.
     */
    public static KeyTable of(char[] chars, int[] starts) {
        if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != chars.length) {
            throw new IllegalArgumentException("key offsets do not cover the key characters");
        }
        return new KeyTable(chars, starts);
    }

    /** The number of {@code key}, or -1 when it is not in the table. */
    public int indexOf(String key) {
        int slot = slotOf(key.hashCode());
        int length = key.length();
        for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
            int k = entry - 1;
            if (starts[k + 1] - starts[k] == length && matches(key, starts[k])) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public int size() {
        return starts.length - 1;
    }

    /** Key {@code k} as a string. */
    public String key(int k) {
        return new String(chars, starts[k], starts[k + 1] - starts[k]);
    }

    /** The characters of every key, in order (for writing the table out). */
    public char[] chars() {
        return chars.clone();
    }

    /** Where each key starts in {@link #chars()}, plus the end of the last one. */
    public int[] starts() {
        return starts.clone();
    }

    private boolean equalsKey(int k, char[] other, int from, int length) {
        return starts[k + 1] - starts[k] == length
                && Arrays.equals(chars, starts[k], starts[k + 1], other, from, from + length);
    }

    private boolean matches(String key, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Fibonacci hashing: the hash's high bits pick the slot, so keys that differ late still spread. */
    private int slotOf(int hash) {
        return (hash * 0x9E3779B1) >>> shift;
    }
}
