package io.usdtcustody.matching.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.matching.journal.Durability;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tenant an engine account number belongs to, for the tenant id on published events. Numbers are derived
 * from (tenant, account) by {@link AccountIds}, which cannot be reversed, so the directory remembers each number's
 * tenant the first time a request or a custody transfer names it, in an append-only file beside the journal
 * ({@code accounts/directory.log}, one {@code <number> <tenant>} line each, forced to disk when the journal is). The
 * line is written before the command that names the account is submitted, so every journaled command's accounts
 * are known after a restart — including to the events republished then. A torn last line (a crash mid-append) is
 * cut off at the next start: its command was never submitted. A number never named shows as {@value #UNATTRIBUTED}.
 */
@Singleton
@Bean(preDestroy = "close")
public class AccountDirectory implements AutoCloseable {
    static final String UNATTRIBUTED = "unattributed";
    private final Map<Long, String> tenants = new ConcurrentHashMap<>();
    private final FileChannel log;
    private final boolean force;

    @Inject
    public AccountDirectory(@Value("${matching.data-dir:.run/matching}") String dataDirectory,
            @Value("${matching.durability:FSYNC_PER_BATCH}") Durability durability) {
        this(Path.of(dataDirectory, "accounts", "directory.log"), durability == Durability.FSYNC_PER_BATCH);
    }

    AccountDirectory(Path file, boolean force) {
        this.force = force;
        try {
            Files.createDirectories(file.getParent());
            byte[] written = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            int whole = lastNewline(written) + 1;
            load(new String(written, 0, whole, StandardCharsets.UTF_8));
            this.log = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            log.truncate(whole); // a torn last line goes, so the next line starts on a line of its own
            log.position(whole);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the account directory " + file, e);
        }
    }

    /**
     * The account number of (tenant, account), remembered durably the first time it is seen (a 401/400 problem when
     * either is invalid).
     */
    public long register(String tenant, String account) {
        long id = AccountIds.of(tenant, account);
        if (!tenant.equals(tenants.get(id))) {
            remember(id, tenant);
        }
        return id;
    }

    public String tenantOf(long accountId) {
        return tenants.getOrDefault(accountId, UNATTRIBUTED);
    }

    private synchronized void remember(long id, String tenant) {
        if (tenants.putIfAbsent(id, tenant) != null) {
            return;
        }
        try {
            ByteBuffer line = ByteBuffer.wrap((id + " " + tenant + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                log.write(line);
            }
            if (force) {
                log.force(false);
            }
        } catch (IOException e) {
            tenants.remove(id);
            throw new UncheckedIOException("cannot record an account in the directory", e);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void load(String wholeLines) {
        for (String line : wholeLines.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && space < line.length() - 1) {
                try {
                    tenants.putIfAbsent(Long.parseLong(line.substring(0, space)), line.substring(space + 1));
                } catch (NumberFormatException unreadable) {
                    // not a line this class wrote: skipped rather than guessed
                }
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        log.close();
    }
}
