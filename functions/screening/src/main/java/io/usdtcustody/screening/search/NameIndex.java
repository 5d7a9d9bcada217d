package io.usdtcustody.screening.search;

import io.usdtcustody.screening.name.BlockingKeys;
import io.usdtcustody.screening.name.PreparedName;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from {@link BlockingKeys} to listed names, for candidate generation: a query collects,
 * per word, the strongest key it shares with each listed name, weighted by how rare the key is, and only the
 * best-supported names go on to full scoring. Immutable and thread-safe; per-query scratch arrays are kept
 * per thread and reset through the ids a query touched, so a query costs its postings, not the list size.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];
    /** Among equally supported names, shorter ones (fewer words left unexplained) rank first. */
    private static final float LENGTH_PENALTY = 0.08f;

    private final Map<String, int[]> postings;
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

    NameIndex(List<PreparedName> names) {
        Map<String, IntList> building = new HashMap<>(names.size() * 8);
        for (int id = 0; id < names.size(); id++) {
            int nameId = id;
            BlockingKeys.of(names.get(id), (slot, key, strength) ->
                    building.computeIfAbsent(key, k -> new IntList()).addOnce(nameId));
        }
        this.lengthFactor = new float[names.size()];
        for (int id = 0; id < names.size(); id++) {
            lengthFactor[id] = 1f / (1f + LENGTH_PENALTY * names.get(id).words().size());
        }
        Map<String, int[]> frozen = new HashMap<>(building.size() * 2);
        building.forEach((key, ids) -> frozen.put(key, ids.toArray()));
        this.postings = frozen;
        this.size = names.size();
        this.logSize = Math.log(size + 1.0);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    int keys() {
        return postings.size();
    }

    /**
     * Ids of the listed names with the most support from {@code query}'s keys, best first, at most
     * {@code limit}; names with less than {@code minShare} of the best candidate's support are dropped.
     */
    int[] candidates(PreparedName query, int limit, float minShare) {
        Scratch s = scratch.get();
        s.touchedCount = 0;
        BlockingKeys.of(query, (slot, key, strength) -> {
            int[] ids = postings.getOrDefault(key, NONE);
            if (ids.length == 0) {
                return;
            }
            float weight = strength * (float) (Math.log((size + 1.0) / ids.length) / logSize);
            for (int id : ids) {
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

    /** A growable int list that ignores a repeat of its last value (one posting per name and key). */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
