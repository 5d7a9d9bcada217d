package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reads the records of one segment file in order through a reusable buffer, checking each frame's length,
 * checksum and sequence. It only reports what it finds ({@link Step}); deciding whether a bad frame is a
 * torn tail or corruption is left to the caller, which knows whether this is the last segment.
 */
final class SegmentReader implements AutoCloseable {
    private static final int INITIAL_BUFFER_BYTES = 64 * 1024;

    /**
     * What {@link #next} found at the current offset: a record, the end of the file, a frame that fails its
     * checks (torn or damaged), or an intact frame carrying the wrong sequence (never a torn write).
     */
    enum Step { RECORD, END, INVALID, OUT_OF_SEQUENCE }

    private final SegmentFile file;
    private final FileChannel channel;
    private long fileSize;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer buffer;
    private ByteBuffer view;
    private ByteBuffer payload;
    private long bufferStart;
    private long offset;
    private long sequence;
    private String problem;

    private SegmentReader(SegmentFile file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.fileSize = channel.size();
        useBuffer(ByteBuffer.allocate(INITIAL_BUFFER_BYTES).limit(0));
    }

    static SegmentReader open(SegmentFile file) throws IOException {
        return new SegmentReader(file, FileChannel.open(file.path(), StandardOpenOption.READ));
    }

    /**
     * Looks at the file's size again, for a reader that follows a segment still being appended to: records
     * written since the reader opened (or last looked) become readable. Only bytes the writer has finished are
     * safe to read, which is why a follower reads no further than the journal's durable sequence.
     */
    void refreshSize() throws IOException {
        fileSize = channel.size();
    }

    /** Whether the header is intact; when it is, the reader stands at the first record. */
    boolean readHeader() throws IOException {
        if (!ensure(SegmentFile.HEADER_BYTES) || !file.headerMatches(buffer.duplicate())) {
            return false;
        }
        offset = SegmentFile.HEADER_BYTES;
        return true;
    }

    /** Whether the file is too short to have held anything but a header: an interrupted creation. */
    boolean holdsNoMoreThanHeader() {
        return fileSize <= SegmentFile.HEADER_BYTES;
    }

    /**
     * Reads the frame at the current offset, which must carry {@code expectedSequence}. On {@link Step#RECORD}
     * the record is available from {@link #sequence()} and {@link #payload()} and the reader moves past it;
     * on {@link Step#INVALID} or {@link Step#OUT_OF_SEQUENCE} it stays at the bad frame and {@link #problem()}
     * says what is wrong.
     */
    Step next(long expectedSequence) throws IOException {
        if (offset == fileSize) {
            return Step.END;
        }
        if (!ensure(RecordFrame.HEADER_BYTES)) {
            return invalid("incomplete record header");
        }
        int at = (int) (offset - bufferStart);
        int length = buffer.getInt(at + RecordFrame.LENGTH_OFFSET);
        if (length < 0 || offset + RecordFrame.HEADER_BYTES + length > fileSize) {
            return invalid("record length " + length + " runs past the end of the segment");
        }
        ensure(RecordFrame.HEADER_BYTES + length);
        at = (int) (offset - bufferStart);
        if (!RecordFrame.checksumMatches(crc, view, at, length)) {
            return invalid("checksum mismatch");
        }
        long found = buffer.getLong(at + RecordFrame.SEQUENCE_OFFSET);
        if (found != expectedSequence) {
            problem = "sequence " + found + " where " + expectedSequence + " was expected";
            return Step.OUT_OF_SEQUENCE;
        }
        sequence = found;
        payload.clear().position(at + RecordFrame.HEADER_BYTES).limit(at + RecordFrame.HEADER_BYTES + length);
        offset += RecordFrame.HEADER_BYTES + length;
        return Step.RECORD;
    }

    /**
     * Whether a frame with an intact checksum and a sequence of at least {@code minimumSequence} starts
     * anywhere after the current (bad) offset. If one does, the bad frame is not a torn tail: bytes after it
     * were written, so it was damaged after the fact. Reads the rest of the file; used only on that path.
     */
    boolean validFrameFollows(long minimumSequence) throws IOException {
        long from = offset + 1;
        if (from >= fileSize) {
            return false;
        }
        ByteBuffer rest = ByteBuffer.allocate((int) (fileSize - from));
        while (rest.hasRemaining() && channel.read(rest, from + rest.position()) >= 0) {
            // keep reading: positional reads may return short counts
        }
        rest.flip();
        long maximumSequence = minimumSequence + rest.limit() / RecordFrame.HEADER_BYTES;
        for (int at = 0; at + RecordFrame.HEADER_BYTES <= rest.limit(); at++) {
            int length = rest.getInt(at + RecordFrame.LENGTH_OFFSET);
            long candidate = rest.getLong(at + RecordFrame.SEQUENCE_OFFSET);
            if (length >= 0 && length <= rest.limit() - at - RecordFrame.HEADER_BYTES
                    && candidate >= minimumSequence && candidate <= maximumSequence
                    && RecordFrame.checksumMatches(crc, rest.duplicate(), at, length)) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code bytes} bytes from the current offset available in the buffer; false if the file ends first. */
    private boolean ensure(int bytes) throws IOException {
        int at = (int) (offset - bufferStart);
        if (at + bytes <= buffer.limit()) {
            return true;
        }
        if (offset + bytes > fileSize) {
            return false;
        }
        int kept = buffer.limit() - at;
        ByteBuffer target = bytes <= buffer.capacity() ? buffer : ByteBuffer.allocate(Math.max(bytes, 2 * buffer.capacity()));
        System.arraycopy(buffer.array(), at, target.array(), 0, kept);
        target.clear().position(kept);
        while (target.position() < bytes) {
            if (channel.read(target, offset + target.position()) < 0) {
                break;
            }
        }
        target.flip();
        bufferStart = offset;
        if (target != buffer) {
            useBuffer(target);
        }
        return target.limit() >= bytes;
    }

    private void useBuffer(ByteBuffer newBuffer) {
        buffer = newBuffer;
        view = newBuffer.duplicate();
        payload = newBuffer.asReadOnlyBuffer();
    }

    private Step invalid(String why) {
        problem = why;
        return Step.INVALID;
    }

    long sequence() {
        return sequence;
    }

    /** The payload of the last record read: a read-only view that the next call to {@link #next} reuses. */
    ByteBuffer payload() {
        return payload;
    }

    /** The offset of the next frame, or of the bad frame after {@link Step#INVALID}. */
    long offset() {
        return offset;
    }

    String problem() {
        return problem;
    }

    SegmentFile file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
