package io.usdtcustody.matching.transfers.adapter;

import io.usdtcustody.matching.transfers.port.ShardPositions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Shard positions in one small properties file next to the matching journal (the same volume, so they share a
 * fate). Each save writes a new file, forces it, and renames it over the old one, so a crash leaves the old or
 * the new positions, never a torn file.
 */
public final class FileShardPositions implements ShardPositions {
    private final Path file;
    private final Properties positions = new Properties();

    public FileShardPositions(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                positions.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read stream positions " + file, e);
            }
        }
    }

    @Override
    public synchronized Optional<String> lastFinished(String shardId) {
        return Optional.ofNullable(positions.getProperty(shardId));
    }

    @Override
    public synchronized void finish(String shardId, String sequenceNumber) {
        positions.setProperty(shardId, sequenceNumber);
        try {
            StringWriter text = new StringWriter();
            positions.store(text, "last finished sequence number per shard");
            DurableFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save stream positions " + file, e);
        }
    }
}
