package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.zip.CRC32C;

/**
 * One journal sequence kept durably in a file of its own: how far a consumer of the journal has got (the
 * event publisher's "published through" mark). 16 bytes, big-endian: the sequence, the CRC32C of those 8 bytes,
 * and a magic number. Written like a snapshot (temporary file, forced, renamed atomically, directory forced), so
 * a crash leaves the old mark or the new one, never a mix.
 */
public final class WatermarkFile {
    private static final int MAGIC = 0x57_4D_52_4B; // "WMRK"
    private static final int BYTES = 16;

    private final Path file;

    public WatermarkFile(Path file) {
        this.file = file;
    }

    /** The mark last written, or empty when none was (or the file is damaged: then the caller starts earlier). */
    public OptionalLong read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw JournalException.unavailable("cannot read " + file, e);
        }
        if (bytes.length != BYTES) {
            return OptionalLong.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long sequence = buffer.getLong(0);
        return buffer.getInt(8) == checksum(sequence) && buffer.getInt(12) == MAGIC && sequence >= 0
                ? OptionalLong.of(sequence) : OptionalLong.empty();
    }

    /** Replaces the mark with {@code sequence}, durably. */
    public void write(long sequence) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        ByteBuffer bytes = ByteBuffer.allocate(BYTES).putLong(sequence).putInt(checksum(sequence)).putInt(MAGIC).flip();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DirectoryFsync.force(file.getParent());
        } catch (IOException e) {
            throw JournalException.unavailable("cannot write " + file, e);
        }
    }

    private static int checksum(long sequence) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).flip());
        return (int) crc.getValue();
    }
}
