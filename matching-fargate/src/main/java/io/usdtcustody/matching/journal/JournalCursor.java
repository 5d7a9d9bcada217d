package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads journal records in sequence order, from a given sequence, across segments, for recovery and for
 * audit. Every record's checksum and sequence are checked, and so is the hand-over between segments (the
 * next segment must start right after the last record of the previous one). Anything that does not check
 * out is a {@link JournalCorruptedException}; the one exception is a torn tail at the very end of the last
 * segment when reading a directory that may have crashed (see {@link #readDirectory}), which simply ends
 * the records, exactly as {@link Journal#open} would cut it off.
 *
 * <p>Usage: {@code while (cursor.next()) { use(cursor.sequence(), cursor.record()); }}. The record buffer
 * is a read-only view that the next call to {@link #next()} reuses; copy it to keep it.
 */
public final class JournalCursor implements AutoCloseable {
    private final List<SegmentFile> segments;
    private final long fromSequence;
    private final long toSequence;
    private final boolean tornTailEndsRecords;
    private int segmentIndex;
    private SegmentReader reader;
    private long expected;
    private boolean finished;

    private JournalCursor(List<SegmentFile> segments, int segmentIndex, long fromSequence, long toSequence,
                          boolean tornTailEndsRecords) {
        this.segments = segments;
        this.segmentIndex = segmentIndex;
        this.fromSequence = fromSequence;
        this.toSequence = toSequence;
        this.tornTailEndsRecords = tornTailEndsRecords;
    }

    /**
     * The records of the journal in {@code directory} (which need not be open, and is not modified) from
     * {@code fromSequence} to the last record, e.g. for an audit of a stopped or crashed engine's journal.
     */
    public static JournalCursor readDirectory(Path directory, long fromSequence) {
        return open(SegmentFile.list(directory), fromSequence, Long.MAX_VALUE, true);
    }

    static JournalCursor open(List<SegmentFile> segments, long fromSequence, long toSequence, boolean tornTailEndsRecords) {
        if (fromSequence < 1) {
            throw new IllegalArgumentException("sequences start at 1: " + fromSequence);
        }
        int start = -1;
        for (int i = 0; i < segments.size() && segments.get(i).firstSequence() <= fromSequence; i++) {
            start = i;
        }
        if (start < 0 && !segments.isEmpty() && fromSequence <= toSequence) {
            throw JournalException.inconsistent("journal records before sequence "
                    + segments.get(0).firstSequence() + " were pruned; cannot read from " + fromSequence);
        }
        JournalCursor cursor = new JournalCursor(segments, start, fromSequence, toSequence, tornTailEndsRecords);
        cursor.finished = start < 0;
        return cursor;
    }

    /** Moves to the next record; false when there is none (or the upper bound is reached). */
    public boolean next() {
        try {
            return advance();
        } catch (IOException e) {
            throw JournalException.unavailable("cannot read journal segment " + segments.get(segmentIndex).name(), e);
        }
    }

    private boolean advance() throws IOException {
        while (!finished) {
            if (reader == null && !openSegment()) {
                return stop();
            }
            if (expected > toSequence) {
                return stop();
            }
            switch (reader.next(expected)) {
                case RECORD -> {
                    expected++;
                    if (reader.sequence() >= fromSequence) {
                        return true;
                    }
                }
                case END -> nextSegment();
                case INVALID -> {
                    if (!isTornTail()) {
                        throw new JournalCorruptedException(reader.file().path(), reader.offset(), reader.problem());
                    }
                    return stop();
                }
                case OUT_OF_SEQUENCE ->
                        throw new JournalCorruptedException(reader.file().path(), reader.offset(), reader.problem());
                default -> throw new IllegalStateException();
            }
        }
        return false;
    }

    /** Opens the current segment; false if it is the last one and its creation was interrupted. */
    private boolean openSegment() throws IOException {
        SegmentFile file = segments.get(segmentIndex);
        reader = SegmentReader.open(file);
        expected = file.firstSequence();
        if (reader.readHeader()) {
            return true;
        }
        if (isLastSegment() && tornTailEndsRecords && reader.holdsNoMoreThanHeader()) {
            return false;
        }
        throw new JournalCorruptedException(file.path(), 0, "segment header is damaged");
    }

    private void nextSegment() throws IOException {
        if (isLastSegment()) {
            stop();
            return;
        }
        SegmentFile next = segments.get(segmentIndex + 1);
        if (next.firstSequence() != expected) {
            throw new JournalCorruptedException(reader.file().path(), reader.offset(),
                    "segment ends before sequence " + expected + " but the next segment starts at " + next.firstSequence());
        }
        reader.close();
        reader = null;
        segmentIndex++;
    }

    private boolean isTornTail() throws IOException {
        return isLastSegment() && tornTailEndsRecords && !reader.validFrameFollows(expected);
    }

    private boolean isLastSegment() {
        return segmentIndex == segments.size() - 1;
    }

    private boolean stop() {
        finished = true;
        close();
        return false;
    }

    /** Once the records have ended: the sequence of the last intact record read (first sequence - 1 if none). */
    long lastIntactSequence() {
        return expected - 1;
    }

    /** Once the records have ended: how many bytes of the last segment read are intact (0 if its header is not). */
    long intactBytes() {
        return reader.offset();
    }

    /** The sequence of the current record. */
    public long sequence() {
        return reader.sequence();
    }

    /** The current record's bytes: a read-only view, valid until the next call to {@link #next()}. */
    public ByteBuffer record() {
        return reader.payload();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
