package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Follows a journal that is still being written: reads records in sequence order from a given sequence, up to
 * whatever is durable at the moment, and picks up where it stopped once more records are durable (across segment
 * roll-overs). For a second thread that replays what the engine journals, e.g. to publish its events or take
 * snapshots off the engine thread. It never reads past the durable sequence, so it never sees a record a crash
 * could still take away, nor a frame the committer is half-way through writing.
 *
 * <p>Usage: {@code while (tail.next()) { use(tail.sequence(), tail.record()); }}, then wait (e.g.
 * {@link Journal#awaitDurable}) and call {@link #next()} again. One thread only. The record buffer is a read-only
 * view that the next call reuses.
 */
public final class JournalTail implements AutoCloseable {
    private final Path directory;
    private final LongSupplier durableSequence;
    private SegmentReader reader;
    private long expected;
    private long readerNext;

    JournalTail(Path directory, long fromSequence, LongSupplier durableSequence) {
        if (fromSequence < 1) {
            throw new IllegalArgumentException("sequences start at 1: " + fromSequence);
        }
        this.directory = directory;
        this.expected = fromSequence;
        this.durableSequence = durableSequence;
    }

    /** Moves to the next durable record; false when there is none yet. */
    public boolean next() {
        if (expected > durableSequence.getAsLong()) {
            return false;
        }
        try {
            return advance();
        } catch (IOException e) {
            throw JournalException.unavailable("cannot follow the journal in " + directory, e);
        }
    }

    private boolean advance() throws IOException {
        if (reader == null) {
            openSegment(segmentHolding(expected));
        }
        boolean refreshed = false; // the reader's idea of the file size may predate records durable since
        while (true) {
            SegmentReader.Step step = reader.next(readerNext);
            if (step == SegmentReader.Step.RECORD) {
                readerNext++;
                refreshed = false;
                if (reader.sequence() >= expected) {
                    expected = reader.sequence() + 1;
                    return true;
                }
            } else if (!refreshed && step != SegmentReader.Step.OUT_OF_SEQUENCE) {
                reader.refreshSize();
                refreshed = true;
            } else if (step == SegmentReader.Step.END) {
                reader.close();
                reader = null;
                openSegment(segmentStartingAt(readerNext));
                refreshed = false;
            } else {
                throw new JournalCorruptedException(reader.file().path(), reader.offset(),
                        "a durable record fails its checks: " + reader.problem());
            }
        }
    }

    private SegmentFile segmentStartingAt(long sequence) {
        for (SegmentFile segment : SegmentFile.list(directory)) {
            if (segment.firstSequence() == sequence) {
                return segment;
            }
        }
        throw JournalException.inconsistent("durable sequence " + sequence + " is in no journal segment");
    }

    private SegmentFile segmentHolding(long sequence) {
        List<SegmentFile> segments = SegmentFile.list(directory);
        SegmentFile holding = null;
        for (SegmentFile segment : segments) {
            if (segment.firstSequence() <= sequence) {
                holding = segment;
            }
        }
        if (holding == null) {
            throw JournalException.inconsistent("no journal segment holds sequence " + sequence
                    + (segments.isEmpty() ? "" : " (records before " + segments.get(0).firstSequence() + " were pruned)"));
        }
        return holding;
    }

    private void openSegment(SegmentFile segment) throws IOException {
        reader = SegmentReader.open(segment);
        if (!reader.readHeader()) {
            throw new JournalCorruptedException(segment.path(), 0, "segment header is damaged");
        }
        readerNext = segment.firstSequence();
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
                throw JournalException.unavailable("cannot close a journal segment", e);
            }
        }
    }
}
