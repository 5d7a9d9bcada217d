package io.usdtcustody.functions.common.idempotency;

import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a write operation idempotent, with the semantics of Powertools for AWS Lambda's DynamoDB idempotency:
 * <ol>
 *   <li>claim the key with an {@code INPROGRESS} record (conditional write: one concurrent caller wins);</li>
 *   <li>run the operation; on success store its response as {@code COMPLETED}, kept for the record TTL;
 *       on failure delete the claim, so the client may retry (failures are never replayed);</li>
 *   <li>a request whose key is held by a live record gets: the stored response again when the payload hash is
 *       the same and the record is completed; 409 {@code IDEMPOTENCY_IN_PROGRESS} while it is still in progress;
 *       409 {@code IDEMPOTENCY_KEY_REUSED} when the payload differs, whatever the state.</li>
 * </ol>
 * An in-progress claim expires after the invocation's remaining time, so a crashed invocation blocks retries
 * only until then. Times come from the injected clock.
 *
 * <p>Why a port of our own rather than Powertools (README, "Idempotency"): v2's idempotency modules are not
 * reachable from this build's registry; v1 (1.15.0) needs AspectJ compile-time weaving of every handler and
 * brings log4j-core, JMESPath, Jackson 2.9 and an old SDK into functions that must stay under 15 MB and start
 * within 1.5x a one-read baseline — for logic this small, tested directly against a fake and DynamoDB.
 */
public final class Idempotency {
    /** How long a completed response is replayed (and the record kept): a day of client retries. */
    public static final Duration DEFAULT_RECORD_TTL = Duration.ofHours(24);

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration recordTtl;

    public Idempotency(IdempotencyStore store, Clock clock) {
        this(store, clock, DEFAULT_RECORD_TTL);
    }

    public Idempotency(IdempotencyStore store, Clock clock, Duration recordTtl) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recordTtl = Objects.requireNonNull(recordTtl, "recordTtl");
        if (recordTtl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("recordTtl must be at least a second");
        }
    }

    /** The response of an idempotent execution, and whether it is a replay of an earlier one. */
    public record Result(StoredResponse response, boolean replayed) {
    }

    /**
     * Runs {@code operation} once per key and payload (see the class comment).
     *
     * @throws PlatformException {@code IDEMPOTENCY_KEY_REUSED} or {@code IDEMPOTENCY_IN_PROGRESS}; or whatever
     *                           {@code operation} threw, after the claim was released
     */
    public Result execute(IdempotentRequest request, Supplier<StoredResponse> operation) {
        String id = request.key().id();
        PayloadHash hash = request.payloadHash();
        Instant now = clock.instant();
        IdempotencyRecord claim = IdempotencyRecord.inProgress(id, hash,
                now.plus(request.lockFor()).truncatedTo(ChronoUnit.MILLIS), expiryFrom(now));
        Optional<IdempotencyRecord> existing = store.claim(claim, now);
        if (existing.isPresent()) {
            return new Result(answerFor(existing.get(), hash), true);
        }
        StoredResponse response;
        try {
            response = operation.get();
        } catch (RuntimeException | Error failure) {
            releaseAfter(failure, id, hash);
            throw failure;
        }
        store.complete(id, hash, response, expiryFrom(clock.instant()));
        return new Result(response, false);
    }

    private static StoredResponse answerFor(IdempotencyRecord existing, PayloadHash hash) {
        if (!existing.payloadHash().equals(hash)) {
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
        if (existing.status() == IdempotencyStatus.INPROGRESS) {
            throw new PlatformException(ErrorCode.IDEMPOTENCY_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; retry it in a moment.");
        }
        return existing.response().orElseThrow();
    }

    private void releaseAfter(Throwable failure, String id, PayloadHash hash) {
        try {
            store.release(id, hash);
        } catch (RuntimeException releaseFailure) {
            // the claim then expires with its lock; the operation's own failure is what the caller must see
            failure.addSuppressed(releaseFailure);
        }
    }

    /** Whole seconds, as the store's TTL attribute holds them, so the fake and DynamoDB agree exactly. */
    private Instant expiryFrom(Instant now) {
        return now.plus(recordTtl).truncatedTo(ChronoUnit.SECONDS);
    }
}
