package io.usdtcustody.matching.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The on-disk frame of one journal record, big-endian:
 * <pre>
 *   offset  0  int   payload length in bytes (0 .. maxRecordBytes)
 *   offset  4  long  sequence (1, 2, 3, ... without gaps across all segments)
 *   offset 12  int   CRC32C of bytes 0..11 and of the payload
 *   offset 16  ...   payload (opaque to the journal)
 * </pre>
 * The checksum covers the length and the sequence as well as the payload, so a damaged length cannot send
 * a reader into the wrong bytes unnoticed and a record cannot appear under another sequence.
 */
final class RecordFrame {
    static final int HEADER_BYTES = 16;
    static final int LENGTH_OFFSET = 0;
    static final int SEQUENCE_OFFSET = 4;
    static final int CHECKSUM_OFFSET = 12;

    private RecordFrame() {
    }

    /**
     * The checksum of the frame that starts at {@code frameStart} in {@code view}. Moves {@code view}'s
     * position and limit, so callers pass a view of their own, never a buffer someone else positions.
     */
    static int checksum(CRC32C crc, ByteBuffer view, int frameStart, int payloadLength) {
        crc.reset();
        view.clear().position(frameStart).limit(frameStart + CHECKSUM_OFFSET);
        crc.update(view);
        view.limit(frameStart + HEADER_BYTES + payloadLength).position(frameStart + HEADER_BYTES);
        crc.update(view);
        return (int) crc.getValue();
    }

    /** Whether the frame at {@code frameStart} carries the checksum its bytes have. */
    static boolean checksumMatches(CRC32C crc, ByteBuffer view, int frameStart, int payloadLength) {
        int computed = checksum(crc, view, frameStart, payloadLength); // leaves the limit past the stored checksum
        return view.getInt(frameStart + CHECKSUM_OFFSET) == computed;
    }
}
