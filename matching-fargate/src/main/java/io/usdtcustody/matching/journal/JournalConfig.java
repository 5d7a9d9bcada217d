package io.usdtcustody.matching.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link Journal} stores records: where, how durably, in segments of what size, and how much the
 * engine thread may run ahead of the disk.
 *
 * @param directory      the journal's own directory (segments and a lock file; nothing else belongs there)
 * @param durability     what a durable report means; {@link Durability#FSYNC_PER_BATCH} unless benchmarking
 * @param segmentBytes   a segment rolls over before a record would take it past this size
 * @param bufferBytes    the append buffer (a power of two): how far appends may run ahead of the committer
 *                       before they are refused with {@link RecordSink#REJECTED_FULL}
 * @param maxRecordBytes the largest record accepted; larger ones are refused with an exception
 */
public record JournalConfig(Path directory, Durability durability, int segmentBytes, int bufferBytes,
                            int maxRecordBytes) {
    private static final int MIB = 1024 * 1024;

    public JournalConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(durability, "durability");
        if (bufferBytes < 1024 || Integer.bitCount(bufferBytes) != 1) {
            throw new IllegalArgumentException("bufferBytes must be a power of two of at least 1024: " + bufferBytes);
        }
        if (maxRecordBytes < 0 || maxRecordBytes > bufferBytes / 2 - RecordFrame.HEADER_BYTES) {
            // a frame no larger than half the ring always fits once the ring drains, even after padding
            throw new IllegalArgumentException("maxRecordBytes must be between 0 and half the buffer less "
                    + RecordFrame.HEADER_BYTES + ": " + maxRecordBytes);
        }
        if ((long) SegmentFile.HEADER_BYTES + RecordFrame.HEADER_BYTES + maxRecordBytes > segmentBytes) {
            throw new IllegalArgumentException("segmentBytes must hold a header and the largest record: " + segmentBytes);
        }
    }

    /** 64 MiB segments, an 8 MiB append buffer, records up to 1 MiB, forced per batch. */
    public static JournalConfig defaults(Path directory) {
        return new JournalConfig(directory, Durability.FSYNC_PER_BATCH, 64 * MIB, 8 * MIB, MIB);
    }

    public JournalConfig withDurability(Durability newDurability) {
        return new JournalConfig(directory, newDurability, segmentBytes, bufferBytes, maxRecordBytes);
    }

    /** A new segment size; the largest record shrinks with it when it would no longer fit. */
    public JournalConfig withSegmentBytes(int newSegmentBytes) {
        int largest = Math.min(maxRecordBytes, newSegmentBytes - SegmentFile.HEADER_BYTES - RecordFrame.HEADER_BYTES);
        return new JournalConfig(directory, durability, newSegmentBytes, bufferBytes, largest);
    }

    /** A new buffer size; the largest record shrinks with it when it would no longer fit. */
    public JournalConfig withBufferBytes(int newBufferBytes) {
        int largest = Math.min(maxRecordBytes, newBufferBytes / 2 - RecordFrame.HEADER_BYTES);
        return new JournalConfig(directory, durability, segmentBytes, newBufferBytes, largest);
    }

    public JournalConfig withMaxRecordBytes(int newMaxRecordBytes) {
        return new JournalConfig(directory, durability, segmentBytes, bufferBytes, newMaxRecordBytes);
    }
}
