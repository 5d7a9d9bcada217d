package io.usdtcustody.functions.common.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One keyed request as the store holds it: its id ({@link IdempotencyKey#id()}), status, payload hash, when
 * the whole record expires ({@code expiresAt}, also the table's TTL attribute), until when an in-progress
 * claim holds ({@code lockedUntil}: a claim whose invocation crashed stops blocking retries after it), and
 * the response once completed.
 */
public record IdempotencyRecord(String id, IdempotencyStatus status, PayloadHash payloadHash, Instant expiresAt,
                                Instant lockedUntil, Optional<StoredResponse> response) {

    public IdempotencyRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payloadHash, "payloadHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(response, "response");
        if (status == IdempotencyStatus.COMPLETED && response.isEmpty()) {
            throw new IllegalArgumentException("a completed record carries its response");
        }
    }

    /** A fresh claim: in progress until {@code lockedUntil}, gone after {@code expiresAt}. */
    public static IdempotencyRecord inProgress(String id, PayloadHash hash, Instant lockedUntil, Instant expiresAt) {
        return new IdempotencyRecord(id, IdempotencyStatus.INPROGRESS, hash, expiresAt, lockedUntil, Optional.empty());
    }

    /**
     * Whether this record still decides what a request with its key gets at {@code now}: not past its expiry,
     * and, when in progress, not past its lock (a crashed invocation's claim can be taken over).
     */
    public boolean isLiveAt(Instant now) {
        if (!now.isBefore(expiresAt)) {
            return false;
        }
        return status == IdempotencyStatus.COMPLETED || now.isBefore(lockedUntil);
    }
}
