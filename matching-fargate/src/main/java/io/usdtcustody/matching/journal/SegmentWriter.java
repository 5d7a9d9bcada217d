package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The segment the committer appends to. Only the committer thread uses it once the journal is open.
 *
 * <p>A new segment is made durable before anything is written into it (header forced, then the directory
 * forced so the name survives), so that a record reported durable can never sit in a file that a power loss
 * makes disappear. An existing segment is reopened at the end of its last valid record, after the torn tail
 * (if any) has been cut off.
 */
final class SegmentWriter implements AutoCloseable {
    private final SegmentFile file;
    private final FileChannel channel;
    private long size;

    private SegmentWriter(SegmentFile file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    /** Creates the segment whose first record will be {@code firstSequence}; fails if a file has that name. */
    static SegmentWriter create(Path directory, long firstSequence, Durability durability) throws IOException {
        SegmentFile file = SegmentFile.in(directory, firstSequence);
        FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ByteBuffer header = SegmentFile.header(firstSequence);
            while (header.hasRemaining()) {
                channel.write(header);
            }
            if (durability == Durability.FSYNC_PER_BATCH) {
                channel.force(true);
                DirectoryFsync.force(directory);
            }
            return new SegmentWriter(file, channel, SegmentFile.HEADER_BYTES);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Opens {@code file} to append after its first {@code validBytes} bytes, cutting off whatever follows
     * (a torn tail), and forces it so that what recovery found is durable before anything follows it.
     */
    static SegmentWriter reopen(SegmentFile file, long validBytes, Durability durability) throws IOException {
        FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.WRITE);
        try {
            if (channel.size() > validBytes) {
                channel.truncate(validBytes);
            }
            if (durability == Durability.FSYNC_PER_BATCH) {
                channel.force(true);
            }
            channel.position(validBytes);
            return new SegmentWriter(file, channel, validBytes);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Writes all remaining bytes of {@code bytes} at the end of the segment. */
    void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            size += channel.write(bytes);
        }
    }

    /** Forces the written records (and the file size) to the device: {@code fdatasync(2)} on Linux. */
    void force() throws IOException {
        channel.force(false);
    }

    long size() {
        return size;
    }

    /** Whether the segment holds no record yet. */
    boolean isEmpty() {
        return size == SegmentFile.HEADER_BYTES;
    }

    SegmentFile file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
