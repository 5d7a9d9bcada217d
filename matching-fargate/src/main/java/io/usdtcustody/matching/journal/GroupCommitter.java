package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.CRC32C;

/**
 * The journal's one I/O thread: group commit. It takes every frame published in the {@link AppendBuffer}
 * since its last pass (a batch), stamps each frame's checksum, writes the batch to the active segment in
 * contiguous runs, rolls over to a new segment where a record would overflow the current one, forces the
 * segment once for the whole batch, and only then raises the durable watermark and tells the listener.
 *
 * <p>Batches form by themselves: while one batch is being forced, the engine keeps appending, and all of
 * that becomes the next batch, so the cost of an fsync is shared by however many records arrived during
 * the previous one. Computing checksums here rather than in {@code append} keeps that work off the engine
 * thread. Idle, the thread spins briefly and then parks; the producer unparks it only when it is parked.
 *
 * <p>An I/O error stops the committer for good: after a failed fsync the kernel may have dropped the dirty
 * pages, so retrying could report lost data as durable. The journal must be reopened, which rereads the
 * disk. Nothing after the last reported sequence was acknowledged, so nothing acknowledged is lost.
 */
final class GroupCommitter {
    private static final int SPINS_BEFORE_PARK = 200;
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AppendBuffer buffer;
    private final ByteBuffer ring;
    private final ByteBuffer view;
    private final CRC32C crc = new CRC32C();
    private final Path directory;
    private final Durability durability;
    private final int segmentBytes;
    private final DurabilityListener listener;
    private final AtomicLong durable;
    private final Object durableMonitor = new Object();
    private final Thread thread;
    private SegmentWriter segment;
    private volatile int waiters;
    private volatile boolean parked;
    private volatile boolean stopping;
    private volatile boolean stopped;
    private volatile Throwable failure;

    GroupCommitter(AppendBuffer buffer, SegmentWriter segment, JournalConfig config, DurabilityListener listener,
                   long durableSequence) {
        this.buffer = buffer;
        this.ring = buffer.ring();
        this.view = ring.duplicate();
        this.segment = segment;
        this.directory = config.directory();
        this.durability = config.durability();
        this.segmentBytes = config.segmentBytes();
        this.listener = listener;
        this.durable = new AtomicLong(durableSequence);
        this.thread = new Thread(this::run, "journal-committer-" + config.directory().getFileName());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        long head = 0;
        int idle = 0;
        try {
            while (true) {
                long published = buffer.published();
                if (published == head) {
                    if (stopping && buffer.published() == head) {
                        break;
                    }
                    idle = idle(++idle, head);
                    continue;
                }
                idle = 0;
                long last = writeBatch(head, published);
                head = published;
                buffer.release(head);
                if (durability == Durability.FSYNC_PER_BATCH) {
                    segment.force();
                }
                durable.set(last);
                notifyWaiters(); // before the listener, so a slow listener delays no waiter
                listener.onDurable(last);
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            stopped = true;
            closeSegment();
            notifyWaiters();
        }
    }

    private int idle(int idle, long head) {
        if (idle < SPINS_BEFORE_PARK) {
            Thread.onSpinWait();
            return idle;
        }
        parked = true;
        if (buffer.published() == head && !stopping) { // re-check after announcing: see wake()
            LockSupport.parkNanos(this, PARK_NANOS);
        }
        parked = false;
        return 0;
    }

    /** Producer: called after each publish; costs an unpark only when the committer is parked. */
    void wake() {
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    /** Writes the frames in [from, to) of the ring and returns the last sequence among them. */
    private long writeBatch(long from, long to) throws IOException {
        long position = from;
        int runStart = -1;
        int runEnd = -1;
        long last = -1;
        while (position < to) {
            if (buffer.isPadding(position)) {
                writeRun(runStart, runEnd);
                runStart = -1;
                position += buffer.capacity() - buffer.index(position);
                continue;
            }
            int index = buffer.index(position);
            int length = ring.getInt(index + RecordFrame.LENGTH_OFFSET);
            int frameBytes = RecordFrame.HEADER_BYTES + length;
            long sequence = ring.getLong(index + RecordFrame.SEQUENCE_OFFSET);
            long pendingSize = segment.size() + (runStart < 0 ? 0 : runEnd - runStart);
            if (pendingSize + frameBytes > segmentBytes && pendingSize > SegmentFile.HEADER_BYTES) {
                writeRun(runStart, runEnd);
                runStart = -1;
                roll(sequence);
            }
            ring.putInt(index + RecordFrame.CHECKSUM_OFFSET, RecordFrame.checksum(crc, view, index, length));
            if (runStart >= 0 && index != runEnd) { // wrapped to the start without padding: the run ends here
                writeRun(runStart, runEnd);
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = index;
            }
            runEnd = index + frameBytes;
            last = sequence;
            position += frameBytes;
        }
        writeRun(runStart, runEnd);
        return last;
    }

    private void writeRun(int start, int end) throws IOException {
        if (start >= 0) {
            view.clear().position(start).limit(end);
            segment.write(view);
        }
    }

    /** Closes the full segment durably and starts the next one at {@code firstSequence}. */
    private void roll(long firstSequence) throws IOException {
        if (durability == Durability.FSYNC_PER_BATCH) {
            segment.force();
        }
        segment.close();
        segment = SegmentWriter.create(directory, firstSequence, durability);
    }

    private void notifyWaiters() {
        if (waiters > 0) {
            synchronized (durableMonitor) {
                durableMonitor.notifyAll();
            }
        }
    }

    long durableSequence() {
        return durable.get();
    }

    /** Waits until {@code sequence} is durable; false if the timeout passes or the committer stops first. */
    boolean awaitDurable(long sequence, long timeoutNanos) throws InterruptedException {
        if (durable.get() >= sequence) {
            return true;
        }
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (durableMonitor) {
            waiters++;
            try {
                while (durable.get() < sequence) {
                    throwIfFailed();
                    long left = deadline - System.nanoTime();
                    if (stopped || left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(durableMonitor, left);
                }
                return true;
            } finally {
                waiters--;
            }
        }
    }

    boolean failed() {
        return failure != null;
    }

    void throwIfFailed() {
        if (failure != null) {
            throw JournalException.unavailable("the journal stopped after an I/O error and must be reopened", failure);
        }
    }

    /** Writes and forces everything published so far, then ends the thread. */
    void stop() {
        stopping = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeSegment() {
        try {
            segment.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
