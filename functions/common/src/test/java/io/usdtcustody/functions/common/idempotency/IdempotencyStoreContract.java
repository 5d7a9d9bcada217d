package io.usdtcustody.functions.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} guarantees; run against the in-memory fake and DynamoDB. */
public abstract class IdempotencyStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant EXPIRES = T0.plus(Duration.ofHours(24));
    private static final Instant LOCKED_UNTIL = T0.plusSeconds(15);
    private static final PayloadHash HASH = PayloadHash.of("/v1/customers", null);
    private static final PayloadHash OTHER_HASH = PayloadHash.of("/v1/other", null);
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Content-Type", "application/json", "Location", "/v1/customers/c1"), "{\"id\":\"c1\"}");

    private IdempotencyStore store;
    private String id;

    protected abstract IdempotencyStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
        id = new IdempotencyKey(TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8)), "POST /v1/customers",
                UUID.randomUUID().toString()).id();
    }

    private IdempotencyRecord claimAt(PayloadHash hash) {
        return IdempotencyRecord.inProgress(id, hash, LOCKED_UNTIL, EXPIRES);
    }

    @Test
    void claim_shouldWriteAnInProgressRecord_whenTheKeyIsNew() {
        assertThat(store.claim(claimAt(HASH), T0)).isEmpty();

        IdempotencyRecord stored = store.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(IdempotencyStatus.INPROGRESS);
        assertThat(stored.payloadHash()).isEqualTo(HASH);
        assertThat(stored.lockedUntil()).isEqualTo(LOCKED_UNTIL);
        assertThat(stored.expiresAt()).isEqualTo(EXPIRES);
        assertThat(stored.response()).isEmpty();
    }

    @Test
    void claim_shouldReturnTheLiveClaim_whenAnotherInvocationHoldsTheKey() {
        store.claim(claimAt(HASH), T0);

        Optional<IdempotencyRecord> blocking = store.claim(claimAt(OTHER_HASH), T0.plusSeconds(14));

        assertThat(blocking).get().extracting(IdempotencyRecord::payloadHash).isEqualTo(HASH);
        assertThat(store.find(id).orElseThrow().payloadHash()).isEqualTo(HASH);
    }

    @Test
    void claim_shouldTakeOver_whenTheInProgressLockHasExpired() {
        store.claim(claimAt(HASH), T0);
        IdempotencyRecord retry = IdempotencyRecord.inProgress(id, HASH, LOCKED_UNTIL.plusSeconds(15), EXPIRES);

        assertThat(store.claim(retry, LOCKED_UNTIL)).isEmpty();
        assertThat(store.find(id).orElseThrow().lockedUntil()).isEqualTo(LOCKED_UNTIL.plusSeconds(15));
    }

    @Test
    void claim_shouldReturnTheCompletedRecordWithItsResponse_whenTheKeyWasUsedBefore() {
        store.claim(claimAt(HASH), T0);
        store.complete(id, HASH, CREATED, EXPIRES);

        Optional<IdempotencyRecord> blocking = store.claim(claimAt(HASH), T0.plus(Duration.ofHours(23)));

        assertThat(blocking).get().satisfies(record -> {
            assertThat(record.status()).isEqualTo(IdempotencyStatus.COMPLETED);
            assertThat(record.response()).contains(CREATED);
        });
    }

    @Test
    void claim_shouldReplaceTheRecord_whenItHasExpired() {
        store.claim(claimAt(HASH), T0);
        store.complete(id, HASH, CREATED, EXPIRES);
        IdempotencyRecord later = IdempotencyRecord.inProgress(id, OTHER_HASH, EXPIRES.plusSeconds(15),
                EXPIRES.plus(Duration.ofHours(24)));

        assertThat(store.claim(later, EXPIRES)).isEmpty();
        assertThat(store.find(id).orElseThrow().payloadHash()).isEqualTo(OTHER_HASH);
    }

    @Test
    void complete_shouldStoreTheResponseAndTheNewExpiry_whenTheClaimIsStillHeld() {
        store.claim(claimAt(HASH), T0);

        assertThat(store.complete(id, HASH, CREATED, EXPIRES.plusSeconds(60))).isTrue();

        IdempotencyRecord stored = store.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(IdempotencyStatus.COMPLETED);
        assertThat(stored.response()).contains(CREATED);
        assertThat(stored.expiresAt()).isEqualTo(EXPIRES.plusSeconds(60));
    }

    @Test
    void complete_shouldChangeNothing_whenTheClaimIsForAnotherPayloadOrAlreadyCompleted() {
        store.claim(claimAt(HASH), T0);

        assertThat(store.complete(id, OTHER_HASH, CREATED, EXPIRES)).isFalse();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(IdempotencyStatus.INPROGRESS);
        assertThat(store.complete(id, HASH, CREATED, EXPIRES)).isTrue();
        assertThat(store.complete(id, HASH, new StoredResponse(200, Map.of(), "{}"), EXPIRES)).isFalse();
        assertThat(store.find(id).orElseThrow().response()).contains(CREATED);
    }

    @Test
    void complete_shouldCreateNothing_whenThereIsNoClaim() {
        assertThat(store.complete(id, HASH, CREATED, EXPIRES)).isFalse();
        assertThat(store.find(id)).isEmpty();
    }

    @Test
    void release_shouldDeleteTheClaim_soThatARetryMayClaimAtOnce() {
        store.claim(claimAt(HASH), T0);

        store.release(id, HASH);

        assertThat(store.find(id)).isEmpty();
        assertThat(store.claim(claimAt(HASH), T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void release_shouldKeepTheRecord_whenItIsCompletedOrForAnotherPayload() {
        store.claim(claimAt(HASH), T0);
        store.release(id, OTHER_HASH);
        assertThat(store.find(id)).isPresent();

        store.complete(id, HASH, CREATED, EXPIRES);
        store.release(id, HASH);

        assertThat(store.find(id).orElseThrow().status()).isEqualTo(IdempotencyStatus.COMPLETED);
    }

    @Test
    void claim_shouldLetExactlyOneWin_whenManyInvocationsClaimTheSameKeyAtOnce() throws Exception {
        int callers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                claims.add(() -> store.claim(claimAt(HASH), T0).isEmpty());
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(claims)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
