package io.usdtcustody.matching.journal;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A toy deterministic state machine for journal tests: sixteen counters keyed by a record's first byte, a
 * count of records, the last sequence applied, and a hash chained over every (sequence, record) in order.
 * Losing, doubling or reordering any record changes {@link #stateHash()}.
 */
final class RunningHashStateMachine implements JournaledStateMachine {
    private static final int COUNTERS = 16;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private final long[] counters = new long[COUNTERS];
    private long applied;
    private long lastSequence;
    private long chain = FNV_OFFSET;

    @Override
    public void restore(byte[] snapshot) {
        ByteBuffer in = ByteBuffer.wrap(snapshot);
        for (int i = 0; i < COUNTERS; i++) {
            counters[i] = in.getLong();
        }
        applied = in.getLong();
        lastSequence = in.getLong();
        chain = in.getLong();
    }

    @Override
    public void apply(long sequence, ByteBuffer record) {
        if (sequence != lastSequence + 1) {
            throw new IllegalStateException("sequence " + sequence + " after " + lastSequence);
        }
        int key = record.hasRemaining() ? (record.get(record.position()) & 0xff) % COUNTERS : 0;
        counters[key] += record.remaining() + 1;
        chain = mix(chain, sequence);
        for (int i = record.position(); i < record.limit(); i++) {
            chain = (chain ^ (record.get(i) & 0xff)) * FNV_PRIME;
        }
        applied++;
        lastSequence = sequence;
    }

    /** Applies a record held in an array (the reference path in tests, not from disk). */
    void apply(long sequence, byte[] record) {
        apply(sequence, ByteBuffer.wrap(record));
    }

    @Override
    public byte[] snapshot() {
        ByteBuffer out = ByteBuffer.allocate((COUNTERS + 3) * Long.BYTES);
        for (long counter : counters) {
            out.putLong(counter);
        }
        return out.putLong(applied).putLong(lastSequence).putLong(chain).array();
    }

    @Override
    public long stateHash() {
        long hash = mix(mix(mix(FNV_OFFSET, applied), lastSequence), chain);
        return mix(hash, Arrays.hashCode(counters));
    }

    long applied() {
        return applied;
    }

    long lastSequence() {
        return lastSequence;
    }

    private static long mix(long hash, long value) {
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            hash = (hash ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
        }
        return hash;
    }
}
