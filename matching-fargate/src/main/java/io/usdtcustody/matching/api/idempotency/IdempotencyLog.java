package io.usdtcustody.matching.api.idempotency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The append-only file behind {@link IdempotentWrites}: one CRC32C-framed record per claim, outcome or release,
 * so the keys outlive a restart. Appends from many request threads are serialised; {@link #force} is a group
 * commit (a thread that finds its bytes already forced by another returns at once). Opening reads every whole
 * record, cuts a torn tail off, and rewrites the file with only the records the caller keeps; so does
 * {@link #compact} while running.
 */
final class IdempotencyLog implements AutoCloseable {
    private static final int HEADER_BYTES = 8;
    private static final int MAX_RECORD_BYTES = 1 << 20;

    private final Path file;
    private final boolean fsync;
    private FileChannel channel; // replaced by compact(), under both locks
    private final Object writeLock = new Object();
    private final Object forceLock = new Object();
    private long written;
    private volatile long forced;

    private IdempotencyLog(Path file, FileChannel channel, boolean fsync, long size) {
        this.file = file;
        this.channel = channel;
        this.fsync = fsync;
        this.written = size;
        this.forced = size;
    }

    /** The records of {@code file} as written, up to the first torn or corrupt one. */
    static List<LogRecord> read(Path file) {
        List<LogRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        try {
            ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file));
            while (all.remaining() >= HEADER_BYTES) {
                int length = all.getInt();
                int crc = all.getInt();
                if (length <= 0 || length > MAX_RECORD_BYTES || length > all.remaining()) {
                    break;
                }
                byte[] payload = new byte[length];
                all.get(payload);
                if (crc32c(payload) != crc) {
                    break;
                }
                records.add(LogRecord.decode(ByteBuffer.wrap(payload)));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the idempotency log " + file, e);
        }
    }

    /**
     * Replaces {@code file} with exactly {@code kept} (written beside it, forced, renamed over it, directory forced)
     * and opens it for appending.
     */
    static IdempotencyLog rewrite(Path file, List<LogRecord> kept, boolean fsync) {
        FileChannel channel = replace(file, kept);
        try {
            return new IdempotencyLog(file, channel, fsync, channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the idempotency log " + file, e);
        }
    }

    /** Bytes written so far. */
    long size() {
        synchronized (writeLock) {
            return written;
        }
    }

    /**
     * Replaces the file with exactly {@code kept}, as {@link #rewrite} does, while appends and forces wait; what
     * was appended before is superseded (the caller's {@code kept} must already include it).
     */
    void compact(List<LogRecord> kept) {
        synchronized (forceLock) {
            synchronized (writeLock) {
                FileChannel old = channel;
                channel = replace(file, kept);
                try {
                    old.close();
                    written = channel.size();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot reopen the idempotency log " + file, e);
                }
                forced = written;
            }
        }
    }

    private static FileChannel replace(Path file, List<LogRecord> kept) {
        try {
            Files.createDirectories(file.getParent());
            Path fresh = file.resolveSibling(file.getFileName() + ".new");
            try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (LogRecord record : kept) {
                    ByteBuffer frame = frame(record);
                    while (frame.hasRemaining()) {
                        out.write(frame);
                    }
                }
                out.force(true);
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true); // the rename itself must survive a power loss
            }
            return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the idempotency log " + file, e);
        }
    }

    /** Appends one record; the answer is the position {@link #force} must reach for it to be durable. */
    long append(LogRecord record) {
        ByteBuffer frame = frame(record);
        synchronized (writeLock) {
            try {
                while (frame.hasRemaining()) {
                    written += channel.write(frame);
                }
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the idempotency log", e);
            }
        }
    }

    /** Returns once everything up to {@code position} is on disk (at once when fsync is off). */
    void force(long position) {
        if (!fsync || forced >= position) {
            return;
        }
        synchronized (forceLock) {
            if (forced >= position) {
                return; // another thread's force covered these bytes while this one waited
            }
            long target;
            synchronized (writeLock) {
                target = written;
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot force the idempotency log", e);
            }
            forced = target;
        }
    }

    @Override
    public void close() {
        try {
            synchronized (writeLock) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the idempotency log", e);
        }
    }

    private static ByteBuffer frame(LogRecord record) {
        byte[] payload = record.encode();
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        frame.putInt(payload.length).putInt(crc32c(payload)).put(payload).flip();
        return frame;
    }

    private static int crc32c(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** One record of the log: a key claimed for a request, its stored response, or its release. */
    sealed interface LogRecord {
        byte CLAIMED = 1;
        byte ANSWERED = 2;
        byte RELEASED = 3;

        String key();

        byte[] encode();

        static LogRecord decode(ByteBuffer in) {
            byte kind = in.get();
            String key = text(in);
            return switch (kind) {
                case CLAIMED -> {
                    long atMillis = in.getLong();
                    byte[] fingerprint = new byte[in.getShort()];
                    in.get(fingerprint);
                    yield new Claimed(key, fingerprint, atMillis);
                }
                case ANSWERED -> {
                    int status = in.getShort();
                    String contentType = text(in);
                    byte[] body = new byte[in.getInt()];
                    in.get(body);
                    yield new Answered(key, new StoredResponse(status, contentType, body));
                }
                case RELEASED -> new Released(key);
                default -> throw new IllegalArgumentException("unknown idempotency record kind " + kind);
            };
        }

        private static String text(ByteBuffer in) {
            byte[] bytes = new byte[in.getShort() & 0xFFFF];
            in.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The key was taken for a request with this fingerprint, at this time (for expiry). */
    record Claimed(String key, byte[] fingerprint, long atMillis) implements LogRecord {
        @Override
        public byte[] encode() {
            byte[] name = key.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(1 + 2 + name.length + 8 + 2 + fingerprint.length).put(CLAIMED)
                    .putShort((short) name.length).put(name).putLong(atMillis)
                    .putShort((short) fingerprint.length).put(fingerprint).array();
        }
    }

    /** The request under the key was answered with this response. */
    record Answered(String key, StoredResponse response) implements LogRecord {
        @Override
        public byte[] encode() {
            byte[] name = key.getBytes(StandardCharsets.UTF_8);
            byte[] type = response.contentType().getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(1 + 2 + name.length + 2 + 2 + type.length + 4 + response.body().length)
                    .put(ANSWERED).putShort((short) name.length).put(name).putShort((short) response.status())
                    .putShort((short) type.length).put(type).putInt(response.body().length).put(response.body())
                    .array();
        }
    }

    /** The request under the key changed nothing and was not answered: the key is free again. */
    record Released(String key) implements LogRecord {
        @Override
        public byte[] encode() {
            byte[] name = key.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(1 + 2 + name.length).put(RELEASED).putShort((short) name.length).put(name)
                    .array();
        }
    }
}
