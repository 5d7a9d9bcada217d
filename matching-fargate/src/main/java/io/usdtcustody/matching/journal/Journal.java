package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The write-ahead journal: an append-only, crash-safe log of opaque records, each given the next 64-bit
 * sequence, framed with its length, sequence and a CRC32C, and stored in segment files that roll over at a
 * configured size. The engine appends every command before acting on it; after a crash, the records that
 * were reported durable are exactly what {@link Recovery} replays.
 *
 * <p><b>Threads.</b> One thread appends (the engine thread; the first one to call {@code append} becomes
 * the only one allowed). Appends copy the record into a bounded buffer and return at once; a committer
 * thread writes and forces them in batches (group commit, see {@link GroupCommitter}) and advances
 * {@link #durableSequence()}. Reading, {@link #awaitDurable} and {@link #pruneThrough} may be called from
 * any thread.
 *
 * <p><b>Acknowledging.</b> A sequence returned by {@code append} is not yet durable: an acknowledgement that
 * promises the record survives a crash waits until {@link #durableSequence()} reaches it (poll it, pass a
 * {@link DurabilityListener} to {@link #open(JournalConfig, DurabilityListener)}, or {@link #awaitDurable}).
 *
 * <p><b>Back-pressure.</b> When the buffer is full, {@code append} returns {@link #REJECTED_FULL} instead
 * of blocking, so the engine decides: shed the command, or retry with the bounded
 * {@link #append(ByteBuffer, long)}.
 *
 * <p><b>Opening</b> cuts off a torn tail (a last record that was only partly written when the process or
 * machine stopped, and so was never reported durable) and refuses a journal damaged anywhere else
 * ({@link JournalCorruptedException}). A lock file keeps a second process from opening the same directory.
 * The rule for "torn": a bad frame in the last segment with no intact frame anywhere after it. A process
 * crash only ever leaves such tails (the page cache keeps what was written, in order). A power loss in the
 * middle of a batch's fsync could, in principle, persist a later page of that batch and not an earlier one;
 * opening then refuses with the segment and offset rather than guess. Nothing from that offset on was
 * reported durable, so an operator who has checked this may truncate the segment there.
 */
public final class Journal implements RecordSink, AutoCloseable {
    private static final String LOCK_FILE = "journal.lock";

    private final JournalConfig config;
    private final AppendBuffer buffer;
    private final ByteBuffer ring;
    private final GroupCommitter committer;
    private final FileChannel lockChannel;
    private long nextSequence;
    private Thread producer;
    private volatile boolean closed;

    private Journal(JournalConfig config, FileChannel lockChannel, SegmentWriter tail, long lastSequence,
                    DurabilityListener listener) {
        this.config = config;
        this.lockChannel = lockChannel;
        this.buffer = new AppendBuffer(config.bufferBytes());
        this.ring = buffer.ring();
        this.nextSequence = lastSequence + 1;
        this.committer = new GroupCommitter(buffer, tail, config, listener, lastSequence);
    }

    /** Opens (or creates) the journal in {@code config.directory()}; see the class comment. */
    public static Journal open(JournalConfig config) {
        return open(config, DurabilityListener.none());
    }

    /** Opens the journal and tells {@code listener} on the committer thread whenever more records are durable. */
    public static Journal open(JournalConfig config, DurabilityListener listener) {
        Path directory = config.directory();
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(directory);
            lockChannel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                throw JournalException.unavailable("journal directory " + directory + " is open in another process", null);
            }
            List<SegmentFile> segments = SegmentFile.list(directory);
            SegmentWriter tail;
            long lastSequence;
            if (segments.isEmpty()) {
                tail = SegmentWriter.create(directory, 1, config.durability());
                lastSequence = 0;
            } else {
                SegmentFile last = segments.get(segments.size() - 1);
                try (JournalCursor records = JournalCursor.open(List.of(last), last.firstSequence(), Long.MAX_VALUE, true)) {
                    while (records.next()) {
                        // checks every record of the last segment and finds where the intact records end
                    }
                    lastSequence = records.lastIntactSequence();
                    if (records.intactBytes() < SegmentFile.HEADER_BYTES) { // its creation was interrupted
                        Files.delete(last.path());
                        tail = SegmentWriter.create(directory, last.firstSequence(), config.durability());
                    } else {
                        tail = SegmentWriter.reopen(last, records.intactBytes(), config.durability());
                    }
                }
            }
            Journal journal = new Journal(config, lockChannel, tail, lastSequence, listener);
            journal.committer.start();
            return journal;
        } catch (OverlappingFileLockException e) {
            closeQuietly(lockChannel);
            throw JournalException.unavailable("journal directory " + directory + " is already open", e);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw JournalException.unavailable("cannot open journal in " + directory, e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    @Override
    public long append(ByteBuffer record) {
        int length = record.remaining();
        int index = claim(length);
        if (index < 0) {
            return index;
        }
        ring.put(index + RecordFrame.HEADER_BYTES, record, record.position(), length);
        return publish(index, length);
    }

    /** As {@link #append(ByteBuffer)}, for a whole array. */
    public long append(byte[] record) {
        int index = claim(record.length);
        if (index < 0) {
            return index;
        }
        ring.put(index + RecordFrame.HEADER_BYTES, record, 0, record.length);
        return publish(index, record.length);
    }

    /**
     * As {@link #append(ByteBuffer)}, but when the buffer is full waits up to {@code maxWaitNanos} for the
     * committer to make room; {@link #REJECTED_FULL} if it does not.
     */
    public long append(ByteBuffer record, long maxWaitNanos) {
        long result = append(record);
        if (result != REJECTED_FULL) {
            return result; // the common case reads no clock
        }
        long deadline = System.nanoTime() + maxWaitNanos;
        while (result == REJECTED_FULL && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(1_000);
            result = append(record);
        }
        return result;
    }

    /** The ring index for a frame with a {@code length}-byte payload, or a negative rejection code. */
    private int claim(int length) {
        if (closed || committer.failed()) {
            return (int) REJECTED_CLOSED;
        }
        Thread current = Thread.currentThread();
        if (current != producer) {
            if (producer != null) {
                throw new IllegalStateException("journal appends must all come from thread " + producer.getName());
            }
            producer = current;
        }
        if (length > config.maxRecordBytes()) {
            throw JournalException.invalid("record of " + length + " bytes exceeds the limit of " + config.maxRecordBytes());
        }
        int index = buffer.claim(RecordFrame.HEADER_BYTES + length);
        return index < 0 ? (int) REJECTED_FULL : index;
    }

    private long publish(int index, int length) {
        long sequence = nextSequence++;
        ring.putInt(index + RecordFrame.LENGTH_OFFSET, length);
        ring.putLong(index + RecordFrame.SEQUENCE_OFFSET, sequence);
        buffer.publish(RecordFrame.HEADER_BYTES + length);
        committer.wake();
        return sequence;
    }

    @Override
    public long durableSequence() {
        return committer.durableSequence();
    }

    /** The sequence the last append was given (or the last recovered one): the appending thread's view. */
    public long lastSequence() {
        return nextSequence - 1;
    }

    /**
     * Waits until {@code sequence} is durable. False when {@code timeoutNanos} passes first or the journal
     * is closed first; a {@link JournalException} when the journal failed.
     */
    public boolean awaitDurable(long sequence, long timeoutNanos) throws InterruptedException {
        return committer.awaitDurable(sequence, timeoutNanos);
    }

    /** The durable records from {@code fromSequence} on, as they are when this is called. */
    public JournalCursor read(long fromSequence) {
        long durable = durableSequence(); // before listing, so every segment holding these records is listed
        return JournalCursor.open(SegmentFile.list(config.directory()), fromSequence, durable, false);
    }

    /** Follows the durable records from {@code fromSequence} on, as more become durable; see {@link JournalTail}. */
    public JournalTail tail(long fromSequence) {
        return new JournalTail(config.directory(), fromSequence, this::durableSequence);
    }

    /** The first sequence still in the journal (earlier ones were pruned). */
    public long firstSequence() {
        List<SegmentFile> segments = SegmentFile.list(config.directory());
        return segments.isEmpty() ? 1 : segments.get(0).firstSequence();
    }

    /**
     * Deletes the segments whose records all have sequences {@code <= sequence}, which must be durable and
     * covered by a snapshot; the segment being written is never deleted. Returns how many were deleted.
     */
    public int pruneThrough(long sequence) {
        if (sequence > durableSequence()) {
            throw new IllegalArgumentException("cannot prune through " + sequence + ": only " + durableSequence() + " is durable");
        }
        List<SegmentFile> segments = SegmentFile.list(config.directory());
        int deleted = 0;
        try {
            while (deleted < segments.size() - 1 && segments.get(deleted + 1).firstSequence() - 1 <= sequence) {
                Files.delete(segments.get(deleted).path());
                deleted++;
            }
            if (deleted > 0 && config.durability() == Durability.FSYNC_PER_BATCH) {
                DirectoryFsync.force(config.directory());
            }
        } catch (IOException e) {
            throw JournalException.unavailable("cannot prune journal segments in " + config.directory(), e);
        }
        return deleted;
    }

    public JournalConfig config() {
        return config;
    }

    /**
     * Stops taking records, writes and forces everything appended so far, and releases the directory. Call it
     * from the appending thread, or once that thread has stopped appending. Throws if the journal had failed
     * (so records after {@link #durableSequence()} were not stored).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        committer.stop();
        closeQuietly(lockChannel);
        committer.throwIfFailed();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close(); // releases the lock
            } catch (IOException ignored) {
                // nothing is written through the lock file; failing to close it loses nothing
            }
        }
    }
}
