package io.usdtcustody.functions.common.idempotency.adapter;

import io.usdtcustody.functions.common.idempotency.IdempotencyRecord;
import io.usdtcustody.functions.common.idempotency.IdempotencyStatus;
import io.usdtcustody.functions.common.idempotency.PayloadHash;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The in-memory {@link IdempotencyStore} for unit tests of handlers and services: the same conditional
 * semantics as DynamoDB (each step atomic per id), no network. Passes the same contract test.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final ConcurrentMap<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord claim, Instant now) {
        IdempotencyRecord[] blocking = new IdempotencyRecord[1];
        records.compute(claim.id(), (id, existing) -> {
            if (existing != null && existing.isLiveAt(now)) {
                blocking[0] = existing;
                return existing;
            }
            return claim;
        });
        return Optional.ofNullable(blocking[0]);
    }

    @Override
    public boolean complete(String id, PayloadHash payloadHash, StoredResponse response, Instant expiresAt) {
        boolean[] completed = new boolean[1];
        records.computeIfPresent(id, (key, existing) -> {
            if (!isClaimOf(existing, payloadHash)) {
                return existing;
            }
            completed[0] = true;
            return new IdempotencyRecord(id, IdempotencyStatus.COMPLETED, payloadHash, expiresAt,
                    existing.lockedUntil(), Optional.of(response));
        });
        return completed[0];
    }

    @Override
    public void release(String id, PayloadHash payloadHash) {
        records.computeIfPresent(id, (key, existing) -> isClaimOf(existing, payloadHash) ? null : existing);
    }

    @Override
    public Optional<IdempotencyRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** How many records are held (tests check that refused requests claimed nothing). */
    public int size() {
        return records.size();
    }

    private static boolean isClaimOf(IdempotencyRecord record, PayloadHash payloadHash) {
        return record.status() == IdempotencyStatus.INPROGRESS && record.payloadHash().equals(payloadHash);
    }
}
