package io.usdtcustody.functions.common.idempotency.port;

import io.usdtcustody.functions.common.idempotency.IdempotencyRecord;
import io.usdtcustody.functions.common.idempotency.PayloadHash;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import java.time.Instant;
import java.util.Optional;

/**
 * Where idempotency records live. Every method is one atomic, conditional step, so that two concurrent
 * invocations with one key can never both proceed: {@link #claim} succeeds for exactly one of them.
 * Implementations: DynamoDB (conditional writes) and an in-memory fake for tests; both pass one contract test.
 */
public interface IdempotencyStore {

    /**
     * Writes {@code claim} (status {@code INPROGRESS}) unless a record with its id is live at {@code now}
     * ({@link IdempotencyRecord#isLiveAt}): absent, expired and lock-expired records are replaced.
     *
     * @return empty when the claim was written; otherwise the live record that prevented it
     */
    Optional<IdempotencyRecord> claim(IdempotencyRecord claim, Instant now);

    /**
     * Marks the claimed record completed with its response and a new expiry. Only a record still in progress
     * for the same payload is completed; otherwise nothing changes (another invocation took over after this
     * one's lock expired, and its outcome stands).
     *
     * @return whether the record was completed
     */
    boolean complete(String id, PayloadHash payloadHash, StoredResponse response, Instant expiresAt);

    /** Deletes the record if it is still in progress for this payload, so the client may retry at once. */
    void release(String id, PayloadHash payloadHash);

    /** The record with this id, whatever its state (for tests and operators; requests use {@link #claim}). */
    Optional<IdempotencyRecord> find(String id);
}
