package io.usdtcustody.matching.transfers.adapter;

import io.usdtcustody.matching.transfers.WithdrawalRecord;
import io.usdtcustody.matching.transfers.port.WithdrawalRecords;
import io.usdtcustody.model.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Withdrawal records as one small JSON file each on the matching data volume: {@code pending/} until published,
 * then {@code published/} (kept, so a retry with the same Idempotency-Key answers the same withdrawal). Every
 * write is crash-safe ({@link DurableFiles}). Published records are never pruned yet: one file per withdrawal.
 */
public final class FileWithdrawalRecords implements WithdrawalRecords {
    private final Path pending;
    private final Path published;
    private final JsonCodec codec;

    public FileWithdrawalRecords(Path directory, JsonCodec codec) {
        this.pending = directory.resolve("pending");
        this.published = directory.resolve("published");
        this.codec = codec;
        try {
            Files.createDirectories(pending);
            Files.createDirectories(published);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    @Override
    public Optional<WithdrawalRecord> find(UUID transferId) {
        Optional<WithdrawalRecord> open = read(file(pending, transferId));
        return open.isPresent() ? open : read(file(published, transferId));
    }

    @Override
    public void save(WithdrawalRecord record) {
        try {
            boolean done = record.state() == WithdrawalRecord.State.PUBLISHED;
            DurableFiles.write(file(done ? published : pending, record.transferId()), codec.write(record));
            if (done) {
                Files.deleteIfExists(file(pending, record.transferId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save withdrawal " + record.transferId(), e);
        }
    }

    @Override
    public void delete(UUID transferId) {
        try {
            Files.deleteIfExists(file(pending, transferId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete withdrawal " + transferId, e);
        }
    }

    @Override
    public List<WithdrawalRecord> unpublished() {
        List<WithdrawalRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(pending)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .forEach(f -> read(f).ifPresent(records::add));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pending, e);
        }
        records.sort(Comparator.comparing(WithdrawalRecord::requestedAt));
        return records;
    }

    private Optional<WithdrawalRecord> read(Path file) {
        try {
            return Optional.of(codec.read(Files.readAllBytes(file), WithdrawalRecord.class));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path file(Path folder, UUID transferId) {
        return folder.resolve(transferId + ".json");
    }
}
