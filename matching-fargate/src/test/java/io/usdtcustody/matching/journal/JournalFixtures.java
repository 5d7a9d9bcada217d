package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Small helpers shared by the journal tests: configurations, record contents, reading everything back. */
final class JournalFixtures {
    private JournalFixtures() {
    }

    /** A small journal: 4 KiB buffer, segments of {@code segmentBytes}, records as large as a segment holds. */
    static JournalConfig small(Path directory, int segmentBytes) {
        int largest = Math.min(1024, segmentBytes - SegmentFile.HEADER_BYTES - RecordFrame.HEADER_BYTES);
        return new JournalConfig(directory, Durability.FSYNC_PER_BATCH, segmentBytes, 4096, largest);
    }

    /** The content the tests give the record they append {@code n}-th (0-based): distinct, of varied length. */
    static byte[] record(long n) {
        String text = "record-" + n + "-" + "x".repeat((int) (n * 7 % 41));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] randomRecord(Random random, int maxBytes) {
        byte[] bytes = new byte[random.nextInt(maxBytes + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Appends, waiting for room when the buffer is full, and returns the sequence. */
    static long appendWaiting(Journal journal, byte[] record) {
        long sequence = journal.append(ByteBuffer.wrap(record), TimeUnit.SECONDS.toNanos(10));
        if (!RecordSink.accepted(sequence)) {
            throw new AssertionError("append rejected: " + sequence);
        }
        return sequence;
    }

    /** Opens a journal, appends {@link #record(long) record(0..count-1)} and closes it. */
    static void writeRecords(JournalConfig config, int count) {
        try (Journal journal = Journal.open(config)) {
            for (int n = 0; n < count; n++) {
                appendWaiting(journal, record(n));
            }
        }
    }

    static void awaitDurable(Journal journal, long sequence) {
        try {
            if (!journal.awaitDurable(sequence, TimeUnit.SECONDS.toNanos(10))) {
                throw new AssertionError("sequence " + sequence + " not durable in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A record read back: its sequence and a copy of its bytes. */
    record Stored(long sequence, byte[] bytes) {
    }

    static List<Stored> readAll(JournalCursor cursor) {
        List<Stored> stored = new ArrayList<>();
        try (cursor) {
            while (cursor.next()) {
                ByteBuffer record = cursor.record();
                byte[] bytes = new byte[record.remaining()];
                record.get(record.position(), bytes);
                stored.add(new Stored(cursor.sequence(), bytes));
            }
        }
        return stored;
    }

    static List<Path> segments(Path directory) {
        return SegmentFile.list(directory).stream().map(SegmentFile::path).toList();
    }

    static Path lastSegment(Path directory) {
        List<Path> segments = segments(directory);
        return segments.get(segments.size() - 1);
    }

    static void flipByte(Path file, long offset) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            bytes[(int) offset] ^= 0x5a;
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Byte offsets of each frame in a segment file, found by walking the lengths. */
    static List<Long> frameOffsets(Path segment) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(segment));
            List<Long> offsets = new ArrayList<>();
            int at = SegmentFile.HEADER_BYTES;
            while (at + RecordFrame.HEADER_BYTES <= bytes.limit()) {
                offsets.add((long) at);
                at += RecordFrame.HEADER_BYTES + bytes.getInt(at);
            }
            return offsets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
