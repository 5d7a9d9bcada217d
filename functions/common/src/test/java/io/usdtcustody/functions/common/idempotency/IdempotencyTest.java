package io.usdtcustody.functions.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00.250Z"));
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final Idempotency idempotency = new Idempotency(store, clock, Duration.ofHours(1));
    private final AtomicInteger runs = new AtomicInteger();

    private static IdempotentRequest request(String tenant, String clientKey, String path) {
        return new IdempotentRequest(new IdempotencyKey(TenantId.of(tenant), "POST /v1/customers", clientKey),
                PayloadHash.of(path, null), Duration.ofSeconds(15));
    }

    private StoredResponse created() {
        return new StoredResponse(201, Map.of("Content-Type", "application/json"),
                "{\"run\":" + runs.incrementAndGet() + "}");
    }

    @Test
    void execute_shouldRunOnceAndReplayTheStoredResponse_whenTheSameKeyAndPayloadComeAgain() {
        Idempotency.Result first = idempotency.execute(request("acme", "k1", "/v1/customers"), this::created);
        clock.advance(Duration.ofMinutes(30));
        Idempotency.Result again = idempotency.execute(request("acme", "k1", "/v1/customers"), this::created);

        assertThat(runs).hasValue(1);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.response()).isEqualTo(first.response());
    }

    @Test
    void execute_shouldRefuseWithKeyReused_whenTheSameKeyComesWithAnotherPayload() {
        idempotency.execute(request("acme", "k1", "/v1/customers"), this::created);

        assertThatThrownBy(() -> idempotency.execute(request("acme", "k1", "/v1/customers/other"), this::created))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(runs).hasValue(1);
    }

    @Test
    void execute_shouldRefuseWithInProgress_whileAnotherInvocationHoldsTheKey() {
        IdempotentRequest request = request("acme", "k1", "/v1/customers");
        AtomicInteger nested = new AtomicInteger();

        idempotency.execute(request, () -> {
            assertThatThrownBy(() -> idempotency.execute(request, this::created))
                    .isInstanceOfSatisfying(PlatformException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_IN_PROGRESS));
            nested.incrementAndGet();
            return created();
        });

        assertThat(nested).hasValue(1);
        assertThat(runs).hasValue(1);
    }

    @Test
    void execute_shouldLetARetryRun_whenTheFirstInvocationCrashedAndItsLockExpired() {
        IdempotentRequest request = request("acme", "k1", "/v1/customers");
        store.claim(IdempotencyRecord.inProgress(request.key().id(), request.payloadHash(),
                clock.instant().plusSeconds(15), clock.instant().plus(Duration.ofHours(1))), clock.instant());

        clock.advance(Duration.ofSeconds(14));
        assertThatThrownBy(() -> idempotency.execute(request, this::created)).isInstanceOf(PlatformException.class);
        clock.advance(Duration.ofSeconds(1));
        Idempotency.Result retried = idempotency.execute(request, this::created);

        assertThat(retried.replayed()).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(store.find(request.key().id()).orElseThrow().status()).isEqualTo(IdempotencyStatus.COMPLETED);
    }

    @Test
    void execute_shouldReleaseTheKeyAndRethrow_whenTheOperationFails() {
        IdempotentRequest request = request("acme", "k1", "/v1/customers");
        PlatformException failure = new PlatformException(ErrorCode.NOT_FOUND, "no such customer");

        assertThatThrownBy(() -> idempotency.execute(request, () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(store.find(request.key().id())).isEmpty();
        assertThat(idempotency.execute(request, this::created).replayed()).isFalse();
    }

    @Test
    void execute_shouldRunAgain_whenTheStoredResponseHasExpired() {
        idempotency.execute(request("acme", "k1", "/v1/customers"), this::created);
        clock.advance(Duration.ofHours(1));

        Idempotency.Result later = idempotency.execute(request("acme", "k1", "/v1/customers"), this::created);

        assertThat(later.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void execute_shouldKeepTenantsApart_whenTwoTenantsUseTheSameKey() {
        Idempotency.Result acme = idempotency.execute(request("acme", "k1", "/v1/customers"), this::created);
        Idempotency.Result beta = idempotency.execute(request("beta", "k1", "/v1/customers"), this::created);

        assertThat(acme.replayed()).isFalse();
        assertThat(beta.replayed()).isFalse();
        assertThat(beta.response()).isNotEqualTo(acme.response());
    }

    @Test
    void execute_shouldStoreExpiryInWholeSeconds_asTheTableTtlHoldsIt() {
        IdempotentRequest request = request("acme", "k1", "/v1/customers");

        idempotency.execute(request, this::created);

        assertThat(store.find(request.key().id()).orElseThrow().expiresAt())
                .isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
    }
}
