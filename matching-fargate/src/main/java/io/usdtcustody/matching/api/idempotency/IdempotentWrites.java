package io.usdtcustody.matching.api.idempotency;

import io.usdtcustody.matching.api.idempotency.IdempotencyLog.Answered;
import io.usdtcustody.matching.api.idempotency.IdempotencyLog.Claimed;
import io.usdtcustody.matching.api.idempotency.IdempotencyLog.LogRecord;
import io.usdtcustody.matching.api.idempotency.IdempotencyLog.Released;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} rule for the service's writes, per tenant: the first request under a key claims
 * it (durably, before its command can reach the journal) and its response is stored once answered; the same key
 * with the same request gets that response again, with another request a 409 {@code IDEMPOTENCY_KEY_REUSED},
 * and while the first is still running a 409 {@code IDEMPOTENCY_IN_PROGRESS}. A key whose request changed
 * nothing (refused before the journal) is released. Keys expire after the retention time; the log is rewritten
 * with the live keys only at each start and whenever it grows past {@value #COMPACT_ABOVE_BYTES} bytes.
 *
 * <p>A claim found after a restart without its response belongs to a request cut off by the restart: its
 * command may or may not be in the journal, so the key is never run again (that could place a second order);
 * a retry gets a 409 {@code CONFLICT} telling the client to look the order up. See the README for why the
 * record lives here and not in the engine.
 */
public final class IdempotentWrites implements AutoCloseable {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** The log is rewritten with only the live keys once it is this large (and twice what the last rewrite left). */
    private static final long COMPACT_ABOVE_BYTES = 64L << 20;

    private final IdempotencyLog log;
    private final Clock clock;
    private final long retentionMillis;
    private long compactAboveBytes;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Deque<Aged> oldestFirst = new ArrayDeque<>();

    private record Aged(String key, long atMillis) {
    }

    private static final class Entry {
        final byte[] fingerprint;
        final long atMillis;
        StoredResponse response;
        boolean cutOffByRestart;

        Entry(byte[] fingerprint, long atMillis) {
            this.fingerprint = fingerprint;
            this.atMillis = atMillis;
        }
    }

    private IdempotentWrites(IdempotencyLog log, Clock clock, Duration retention, long compactAboveBytes) {
        this.log = log;
        this.clock = clock;
        this.retentionMillis = retention.toMillis();
        this.compactAboveBytes = compactAboveBytes;
    }

    /**
     * Loads the keys in {@code file} that are younger than {@code retention}, rewrites the file with only those,
     * and keeps appending to it; {@code fsync} false leaves durability to the page cache (tests).
     */
    public static IdempotentWrites open(Path file, boolean fsync, Clock clock, Duration retention) {
        return open(file, fsync, clock, retention, COMPACT_ABOVE_BYTES);
    }

    /** As {@link #open(Path, boolean, Clock, Duration)}, compacting the file when it grows past the given size. */
    static IdempotentWrites open(Path file, boolean fsync, Clock clock, Duration retention, long compactAboveBytes) {
        long oldest = clock.millis() - retention.toMillis();
        Map<String, Claimed> claims = new LinkedHashMap<>();
        Map<String, StoredResponse> answers = new HashMap<>();
        for (LogRecord record : IdempotencyLog.read(file)) {
            if (record instanceof Claimed claimed) {
                claims.put(claimed.key(), claimed);
                answers.remove(claimed.key());
            } else if (record instanceof Answered answered && claims.containsKey(answered.key())) {
                answers.put(answered.key(), answered.response());
            } else if (record instanceof Released released) {
                claims.remove(released.key());
            }
        }
        List<LogRecord> kept = new ArrayList<>();
        for (Claimed claimed : claims.values()) {
            if (claimed.atMillis() >= oldest) {
                kept.add(claimed);
                if (answers.containsKey(claimed.key())) {
                    kept.add(new Answered(claimed.key(), answers.get(claimed.key())));
                }
            }
        }
        IdempotentWrites writes = new IdempotentWrites(IdempotencyLog.rewrite(file, kept, fsync), clock, retention,
                compactAboveBytes);
        for (LogRecord record : kept) {
            if (record instanceof Claimed claimed) {
                Entry entry = new Entry(claimed.fingerprint(), claimed.atMillis());
                entry.response = answers.get(claimed.key());
                entry.cutOffByRestart = entry.response == null;
                writes.entries.put(claimed.key(), entry);
                writes.oldestFirst.addLast(new Aged(claimed.key(), claimed.atMillis()));
            }
        }
        return writes;
    }

    /** The tenant's key as stored: a 400 problem when the header is missing or not 1-255 visible ASCII characters. */
    public static String scopedKey(String tenant, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw PlatformException.validation("the Idempotency-Key header is required on writes: 1-255 visible"
                    + " ASCII characters", List.of());
        }
        return tenant + '\n' + key;
    }

    /**
     * Claims {@code scopedKey} for {@code request} (a canonical description of what is asked), durably; or gives
     * the stored response of the same request; or throws the 409 problem that applies.
     */
    public Optional<StoredResponse> claim(String scopedKey, String request) {
        byte[] fingerprint = sha256(request);
        long now = clock.millis();
        synchronized (this) {
            expire(now);
            Entry existing = entries.get(scopedKey);
            if (existing != null) {
                return Optional.of(answerFor(existing, fingerprint));
            }
            entries.put(scopedKey, new Entry(fingerprint, now));
            oldestFirst.addLast(new Aged(scopedKey, now));
        }
        try {
            log.force(log.append(new Claimed(scopedKey, fingerprint, now)));
        } catch (RuntimeException e) { // not durably claimed, so nothing may run under it: free it again
            synchronized (this) {
                entries.remove(scopedKey);
            }
            throw e;
        }
        return Optional.empty();
    }

    /** Stores the response of the claimed key's request, durably, before the caller sends it. */
    public void answer(String scopedKey, StoredResponse response) {
        synchronized (this) { // before the append, so that a compaction meanwhile keeps it
            Entry entry = entries.get(scopedKey);
            if (entry != null) {
                entry.response = response;
            }
        }
        log.force(log.append(new Answered(scopedKey, response)));
        compactIfLarge();
    }

    /** Frees the claimed key: its request was refused before anything was journaled. */
    public void release(String scopedKey) {
        log.append(new Released(scopedKey)); // not forced: lost, the key only stays claimed, which is safe
        synchronized (this) {
            entries.remove(scopedKey);
        }
    }

    @Override
    public void close() {
        log.close();
    }

    /**
     * Rewrites the log with only the keys still kept, once it has grown past the threshold; claims and answers wait
     * meanwhile (a rewrite writes the live keys only, megabytes at most).
     */
    private synchronized void compactIfLarge() {
        if (log.size() <= compactAboveBytes) {
            return;
        }
        expire(clock.millis());
        List<LogRecord> kept = new ArrayList<>();
        for (Aged aged : oldestFirst) {
            Entry entry = entries.get(aged.key());
            if (entry != null && entry.atMillis == aged.atMillis()) {
                kept.add(new Claimed(aged.key(), entry.fingerprint, entry.atMillis));
                if (entry.response != null) {
                    kept.add(new Answered(aged.key(), entry.response));
                }
            }
        }
        log.compact(kept);
        compactAboveBytes = Math.max(compactAboveBytes, 2 * log.size());
    }

    private static StoredResponse answerFor(Entry existing, byte[] fingerprint) {
        if (!Arrays.equals(existing.fingerprint, fingerprint)) {
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request");
        }
        if (existing.response != null) {
            return existing.response;
        }
        if (existing.cutOffByRestart) {
            throw new PlatformException(ErrorCode.CONFLICT, "the request under this Idempotency-Key was cut off by"
                    + " a service restart and may or may not have been applied; look the order up instead of"
                    + " sending it again");
        }
        throw new PlatformException(ErrorCode.IDEMPOTENCY_IN_PROGRESS,
                "the request under this Idempotency-Key is still running");
    }

    private void expire(long now) {
        while (!oldestFirst.isEmpty() && oldestFirst.peekFirst().atMillis() < now - retentionMillis) {
            Aged aged = oldestFirst.pollFirst();
            Entry entry = entries.get(aged.key());
            if (entry == null || entry.atMillis != aged.atMillis()) {
                continue; // released, or claimed again since
            }
            if (entry.response == null && !entry.cutOffByRestart) {
                oldestFirst.addLast(aged); // still running: look again later
                return;
            }
            entries.remove(aged.key());
        }
    }

    private static byte[] sha256(String request) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
