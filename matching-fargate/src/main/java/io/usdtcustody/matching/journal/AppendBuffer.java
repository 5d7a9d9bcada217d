package io.usdtcustody.matching.journal;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded hand-off between the engine thread (the one producer) and the committer thread (the one
 * consumer): a ring of bytes in which the producer lays out {@link RecordFrame frames} ready to be written
 * to a segment as they are, so the committer writes whole runs of records with one {@code write(2)} and
 * the producer allocates nothing.
 *
 * <p>Positions are byte counts since the journal opened and never wrap; the index in the ring is the
 * position modulo the (power of two) capacity. A frame is never split across the end of the ring: when it
 * does not fit before the end, the producer marks the rest {@link #PADDING} (or leaves it, when fewer than
 * four bytes are left) and starts at index 0. The producer publishes its position with a release store
 * after writing a frame; the consumer releases space back once it has written the bytes to the file.
 * Being bounded is what gives back-pressure: {@link #claim} fails instead of waiting.
 */
final class AppendBuffer {
    static final int PADDING = -1;

    private final ByteBuffer ring;
    private final int capacity;
    private final int mask;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong released = new AtomicLong();
    /** Producer-only: where the next frame goes, and the last released position it saw. */
    private long tail;
    private long cachedReleased;

    AppendBuffer(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.ring = ByteBuffer.allocateDirect(capacity);
    }

    /**
     * Producer: reserves {@code frameBytes} contiguous bytes and returns their index in {@link #ring()}, or
     * -1 when the consumer has not yet released enough space. Must be followed by {@link #publish}.
     */
    int claim(int frameBytes) {
        int index = (int) (tail & mask);
        int untilEnd = capacity - index;
        long needed = frameBytes <= untilEnd ? frameBytes : untilEnd + (long) frameBytes;
        if (tail + needed - cachedReleased > capacity) {
            cachedReleased = released.get();
            if (tail + needed - cachedReleased > capacity) {
                return -1;
            }
        }
        if (frameBytes > untilEnd) {
            if (untilEnd >= Integer.BYTES) {
                ring.putInt(index, PADDING);
            }
            tail += untilEnd;
            index = 0;
        }
        return index;
    }

    /** Producer: makes the frame just written at the claimed index visible to the consumer. */
    void publish(int frameBytes) {
        tail += frameBytes;
        published.setRelease(tail);
    }

    /** Consumer: the position up to which frames are complete. */
    long published() {
        return published.getAcquire();
    }

    /** Consumer: the bytes before {@code position} have been written out and may be reused. */
    void release(long position) {
        released.setRelease(position);
    }

    /** Consumer: whether the frame walk at {@code position} must skip to the start of the ring. */
    boolean isPadding(long position) {
        int index = index(position);
        return capacity - index < Integer.BYTES || ring.getInt(index) == PADDING;
    }

    int index(long position) {
        return (int) (position & mask);
    }

    int capacity() {
        return capacity;
    }

    /** The ring itself; each side uses absolute access or a {@link ByteBuffer#duplicate() view} of its own. */
    ByteBuffer ring() {
        return ring;
    }
}
