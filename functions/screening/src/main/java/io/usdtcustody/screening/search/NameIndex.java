package io.usdtcustody.screening.search;

import io.usdtcustody.screening.image.ImageReader;
import io.usdtcustody.screening.image.ImageWriter;
import io.usdtcustody.screening.name.BlockingKeys;
import io.usdtcustody.screening.name.KeyTable;
import io.usdtcustody.screening.name.PreparedName;
import java.util.Arrays;
import java.util.List;

/**
 * An inverted index from {@link BlockingKeys} to listed names, for candidate generation: a query collects,
 * per word, the strongest key it shares with each listed name, weighted by how rare the key is, and only the
 * best-supported names go on to full scoring. Immutable and thread-safe; per-query scratch arrays are kept
 * per thread and reset through the ids a query touched, so a query costs its postings, not the list size. Built
 * from prepared names, or read back from a prebuilt screen image ({@link #readFrom}) with the same keys, postings
 * and order, so both rank every query's candidates alike.
 */
final class NameIndex {
    /** Among equally supported names, shorter ones (fewer words left unexplained) rank first. */
    private static final float LENGTH_PENALTY = 0.08f;

    private final Postings postingsByKey;
    private final KeyTable keys;
    /** Key k's names are {@code postings[postingStart[k]..postingEnd[k])}, ascending; keys may share a range. */
    private final int[] postingStart;
    private final int[] postingEnd;
    private final int[] postings;
    private final int[] wordCounts;
    private final float[] lengthFactor;
    private final int size;
    private final double logSize;
    private final ThreadLocal<Scratch> scratch;

    /** Per-thread accumulators sized to the index. */
    private static final class Scratch {
        final float[] support;
        final float[] slotBest;
        final int[] lastSlot;
        final int[] touched;
        int touchedCount;

        Scratch(int size) {
            support = new float[size];
            slotBest = new float[size];
            lastSlot = new int[size];
            touched = new int[size];
            Arrays.fill(lastSlot, -1);
        }
    }

    /** The index of {@code names}: keys numbered in the order the names first give them. */
    NameIndex(List<PreparedName> names) {
        this(Postings.of(names), wordCounts(names));
    }

    private NameIndex(Postings built, int[] wordCounts) {
        this.postingsByKey = built;
        this.keys = built.keys();
        this.postingStart = built.start();
        this.postingEnd = built.end();
        this.postings = built.ids();
        this.wordCounts = wordCounts;
        this.size = wordCounts.length;
        this.lengthFactor = new float[size];
        for (int id = 0; id < size; id++) {
            lengthFactor[id] = 1f / (1f + LENGTH_PENALTY * wordCounts[id]);
        }
        this.logSize = Math.log(size + 1.0);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    /** How many names the index holds. */
    int size() {
        return size;
    }

    /** Writes the index for {@link #readFrom}: its postings and each name's number of words. */
    void writeTo(ImageWriter out) {
        postingsByKey.writeTo(out);
        out.writeVarint(size);
        for (int count : wordCounts) {
            out.writeVarint(count);
        }
    }

    /** The index {@link #writeTo} wrote, ranking every query's candidates as the original does. */
    static NameIndex readFrom(ImageReader in) {
        Postings postings = Postings.readFrom(in);
        int[] wordCounts = new int[in.readVarint()];
        for (int id = 0; id < wordCounts.length; id++) {
            wordCounts[id] = in.readVarint();
        }
        return new NameIndex(postings, wordCounts);
    }

    private static int[] wordCounts(List<PreparedName> names) {
        int[] counts = new int[names.size()];
        for (int id = 0; id < counts.length; id++) {
            counts[id] = names.get(id).words().size();
        }
        return counts;
    }

    int keys() {
        return keys.size();
    }

    /**
     * Ids of the listed names with the most support from {@code query}'s keys, best first, at most
     * {@code limit}; names with less than {@code minShare} of the best candidate's support are dropped.
     */
    int[] candidates(PreparedName query, int limit, float minShare) {
        Scratch s = scratch.get();
        s.touchedCount = 0;
        BlockingKeys.of(query, (slot, key, strength) -> {
            int k = keys.indexOf(key);
            if (k < 0) {
                return;
            }
            int from = postingStart[k];
            int to = postingEnd[k];
            float weight = strength * (float) (Math.log((size + 1.0) / (to - from)) / logSize);
            for (int p = from; p < to; p++) {
                int id = postings[p];
                if (s.lastSlot[id] != slot) {
                    if (s.lastSlot[id] < 0) {
                        s.touched[s.touchedCount++] = id;
                    }
                    s.lastSlot[id] = slot;
                    s.slotBest[id] = weight;
                    s.support[id] += weight;
                } else if (weight > s.slotBest[id]) {
                    s.support[id] += weight - s.slotBest[id];
                    s.slotBest[id] = weight;
                }
            }
        });
        float best = 0;
        for (int k = 0; k < s.touchedCount; k++) {
            int id = s.touched[k];
            s.support[id] *= lengthFactor[id];
            best = Math.max(best, s.support[id]);
        }
        long[] ranked = new long[Math.min(s.touchedCount, 4096)];
        int count = 0;
        for (int k = 0; k < s.touchedCount; k++) {
            int id = s.touched[k];
            if (s.support[id] >= best * minShare) {
                if (count == ranked.length) {
                    ranked = Arrays.copyOf(ranked, count * 2);
                }
                ranked[count++] = ((long) Float.floatToIntBits(s.support[id]) << 32) | id;
            }
            s.support[id] = 0;
            s.slotBest[id] = 0;
            s.lastSlot[id] = -1;
        }
        Arrays.sort(ranked, 0, count);
        int n = Math.min(limit, count);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = (int) (ranked[count - 1 - k] & 0xFFFFFFFFL);
        }
        return out;
    }
}
