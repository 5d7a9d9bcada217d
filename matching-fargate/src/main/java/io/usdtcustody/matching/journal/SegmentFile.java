package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * One journal segment file, named after the sequence of its first record
 * ({@code journal-00000000000000000001.seg}) so that listing a directory gives the segments in order and
 * finding where a sequence lives needs no index. Each file starts with a header, big-endian:
 * <pre>
 *   offset  0  long  magic "USDTJRNL"
 *   offset  8  int   format version (1)
 *   offset 12  long  first sequence (must equal the one in the file name)
 *   offset 20  int   CRC32C of bytes 0..19
 * </pre>
 * followed by {@link RecordFrame frames}. The header is written and forced before any record, so a file
 * no longer than a header with a bad header is a segment whose creation was interrupted, not corruption.
 */
record SegmentFile(Path path, long firstSequence) {
    static final int HEADER_BYTES = 24;
    static final long MAGIC = 0x555344544A524E4CL; // "USDTJRNL"
    static final int VERSION = 1;
    private static final Pattern NAME = Pattern.compile("journal-(\\d{20})\\.seg");

    static SegmentFile in(Path directory, long firstSequence) {
        return new SegmentFile(directory.resolve(String.format("journal-%020d.seg", firstSequence)), firstSequence);
    }

    /** The segment files in {@code directory}, oldest first. */
    static List<SegmentFile> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(SegmentFile::parse)
                    .flatMap(Stream::ofNullable)
                    .sorted(Comparator.comparingLong(SegmentFile::firstSequence))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SegmentFile parse(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        return name.matches() ? new SegmentFile(file, Long.parseLong(name.group(1))) : null;
    }

    /** The header of a segment whose first record will have {@code firstSequence}, ready to write. */
    static ByteBuffer header(long firstSequence) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.putLong(MAGIC).putInt(VERSION).putLong(firstSequence);
        header.putInt(headerChecksum(header));
        return header.flip();
    }

    /** Whether {@code header} (its first {@link #HEADER_BYTES} bytes) is an intact header for this segment. */
    boolean headerMatches(ByteBuffer header) {
        return header.limit() >= HEADER_BYTES
                && header.getLong(0) == MAGIC
                && header.getInt(8) == VERSION
                && header.getLong(12) == firstSequence
                && header.getInt(20) == headerChecksum(header);
    }

    private static int headerChecksum(ByteBuffer header) {
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate().clear().limit(20));
        return (int) crc.getValue();
    }

    String name() {
        return path.getFileName().toString();
    }
}
