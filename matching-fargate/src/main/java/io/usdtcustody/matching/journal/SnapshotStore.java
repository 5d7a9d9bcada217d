package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Snapshots of a state machine in a directory, one file each, named after the journal sequence they cover
 * ({@code snapshot-00000000000000001234.snap}), big-endian:
 * <pre>
 *   offset  0  long  magic "USDTSNAP"
 *   offset  8  int   format version (1)
 *   offset 12  long  sequence
 *   offset 20  int   state length n
 *   offset 24  n     state
 *   offset 24+n int  CRC32C of everything before it
 * </pre>
 * <b>Atomic:</b> a snapshot is written to a {@code .tmp} file, forced, renamed over its final name (an atomic
 * rename) and the directory is forced; a crash at any point leaves either no snapshot under that name or the
 * whole one, and a leftover {@code .tmp} is deleted on open. A file that fails its checks anyway (damaged
 * on disk) is skipped in favour of the next older one, which is why more than one is retained and the
 * journal is only pruned up to the oldest retained snapshot.
 */
public final class SnapshotStore {
    private static final long MAGIC = 0x55534454534E4150L; // "USDTSNAP"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 24;
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{20})\\.snap");

    private final Path directory;
    private final int retain;

    private SnapshotStore(Path directory, int retain) {
        this.directory = directory;
        this.retain = retain;
    }

    /** The store in {@code directory}, keeping the newest {@code retain} (at least 1) valid snapshots on {@link #prune}. */
    public static SnapshotStore open(Path directory, int retain) {
        if (retain < 1) {
            throw new IllegalArgumentException("retain at least one snapshot: " + retain);
        }
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path leftover : files.filter(f -> f.getFileName().toString().endsWith(".snap.tmp")).toList()) {
                    Files.delete(leftover); // an interrupted write: never renamed, so never a snapshot
                }
            }
        } catch (IOException e) {
            throw JournalException.unavailable("cannot open snapshot directory " + directory, e);
        }
        return new SnapshotStore(directory, retain);
    }

    /** Stores {@code state} as the snapshot at {@code sequence}, atomically and durably; see the class comment. */
    public void write(long sequence, byte[] state) {
        Path target = fileFor(sequence);
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putLong(MAGIC).putInt(VERSION).putLong(sequence)
                .putInt(state.length).flip();
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate());
        crc.update(state);
        ByteBuffer trailer = ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).flip();
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer[] parts = {header, ByteBuffer.wrap(state), trailer};
                while (trailer.hasRemaining()) {
                    channel.write(parts);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DirectoryFsync.force(directory);
        } catch (IOException e) {
            throw JournalException.unavailable("cannot write snapshot " + target.getFileName(), e);
        }
    }

    /** The newest snapshot that passes its checks, if any. */
    public Optional<Snapshot> latest() {
        return latestAtOrBefore(Long.MAX_VALUE);
    }

    /** The newest snapshot at or before {@code sequence} that passes its checks, if any. */
    public Optional<Snapshot> latestAtOrBefore(long sequence) {
        for (long candidate : sequencesNewestFirst()) {
            Optional<Snapshot> snapshot = candidate <= sequence ? read(candidate) : Optional.empty();
            if (snapshot.isPresent()) {
                return snapshot;
            }
        }
        return Optional.empty();
    }

    /** The sequences of the snapshot files present, valid or not, newest first. */
    public List<Long> sequencesNewestFirst() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> NAME.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1)))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot at {@code sequence}, or empty when there is none or it fails its checks. */
    public Optional<Snapshot> read(long sequence) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(fileFor(sequence));
        } catch (IOException e) {
            return Optional.empty();
        }
        ByteBuffer file = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES + Integer.BYTES || file.getLong(0) != MAGIC || file.getInt(8) != VERSION
                || file.getLong(12) != sequence || file.getInt(20) != bytes.length - HEADER_BYTES - Integer.BYTES) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Integer.BYTES);
        if ((int) crc.getValue() != file.getInt(bytes.length - Integer.BYTES)) {
            return Optional.empty();
        }
        byte[] state = new byte[bytes.length - HEADER_BYTES - Integer.BYTES];
        System.arraycopy(bytes, HEADER_BYTES, state, 0, state.length);
        return Optional.of(new Snapshot(sequence, state));
    }

    /**
     * Keeps the newest {@code retain} valid snapshots (and any damaged file newer than them, for an operator
     * to look at) and deletes every older file. Returns the sequence of the oldest snapshot kept: the journal
     * may be pruned through it, and no further.
     */
    public OptionalLong prune() {
        List<Long> kept = new ArrayList<>();
        try {
            for (long sequence : sequencesNewestFirst()) {
                if (kept.size() == retain) {
                    Files.delete(fileFor(sequence));
                } else if (read(sequence).isPresent()) {
                    kept.add(sequence);
                }
            }
        } catch (IOException e) {
            throw JournalException.unavailable("cannot prune snapshots in " + directory, e);
        }
        return kept.isEmpty() ? OptionalLong.empty() : OptionalLong.of(kept.get(kept.size() - 1));
    }

    private Path fileFor(long sequence) {
        return directory.resolve(String.format("snapshot-%020d.snap", sequence));
    }
}
