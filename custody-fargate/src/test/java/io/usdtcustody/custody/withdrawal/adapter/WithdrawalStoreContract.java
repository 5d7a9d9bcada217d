package io.usdtcustody.custody.withdrawal.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalEvents;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WithdrawalStore} must do; run against the in-memory and the DynamoDB adapter. Each test uses
 * its own tenant, because a shared table also holds other tests' withdrawals (state listings span tenants).
 */
abstract class WithdrawalStoreContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123Z");
    private static final String DESTINATION = "0x8ba1f109551bD432803012645Ac136ddd64DBA72";
    private static final WithdrawalEvents EVENTS = new WithdrawalEvents(new JsonCodec());

    private WithdrawalStore store;
    private TenantId tenant;

    protected abstract WithdrawalStore newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
        tenant = TenantId.of("w" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void create_shouldReturnTheFirstWithdrawal_whenTheKeyIsReused() {
        Withdrawal first = requested("10", NOW);
        Withdrawal second = requested("10", NOW.plusSeconds(1));
        Withdrawal other = requested("11", NOW.plusSeconds(2));

        assertThat(store.create(first, "key-1", EVENTS.stateChanged(first, null)).existed()).isFalse();
        WithdrawalStore.Created again = store.create(second, "key-1", EVENTS.stateChanged(second, null));
        WithdrawalStore.Created different = store.create(other, "key-1", EVENTS.stateChanged(other, null));

        assertThat(again.existed()).isTrue();
        assertThat(again.samePayload()).isTrue();
        assertThat(again.withdrawal().id()).isEqualTo(first.id());
        assertThat(different.samePayload()).as("same key, another payload").isFalse();
        assertThat(store.find(tenant, second.id())).isEmpty();
    }

    @Test
    void find_shouldNotSeeAnotherTenantsWithdrawal() {
        Withdrawal w = created(requested("10", NOW));

        assertThat(store.find(tenant, w.id())).isPresent();
        assertThat(store.find(TenantId.of("someone-else"), w.id())).isEmpty();
    }

    @Test
    void transition_shouldApplyOnce_whenTwoWritersStartFromTheSameVersion() {
        Withdrawal w = created(requested("10", NOW));
        Withdrawal approved = w.moveTo(WithdrawalState.APPROVED, NOW.plusSeconds(1), null, null);
        Withdrawal rejected = w.moveTo(WithdrawalState.REJECTED, NOW.plusSeconds(1), "INSUFFICIENT_FUNDS", null);

        assertThat(store.transition(w, approved, Optional.of(EVENTS.stateChanged(approved, w.state())))).isTrue();
        assertThat(store.transition(w, rejected, Optional.empty())).as("stale version").isFalse();

        assertThat(store.find(tenant, w.id())).hasValueSatisfying(found -> {
            assertThat(found.state()).isEqualTo(WithdrawalState.APPROVED);
            assertThat(found.version()).isEqualTo(approved.version());
        });
    }

    @Test
    void inState_shouldListOldestChangeFirst_andLatestInStateNewestFirst() {
        Withdrawal early = cancel(created(requested("1", NOW)), NOW.plusSeconds(10));
        Withdrawal late = cancel(created(requested("2", NOW)), NOW.plusSeconds(20));
        Withdrawal middle = cancel(created(requested("3", NOW)), NOW.plusSeconds(15));

        assertThat(mine(store.inState(WithdrawalState.CANCELLED, 1000)))
                .containsExactly(early.id(), middle.id(), late.id());
        assertThat(mine(store.latestInState(WithdrawalState.CANCELLED, 1000)).subList(0, 3))
                .containsExactly(late.id(), middle.id(), early.id());
        assertThat(mine(store.inState(WithdrawalState.REQUESTED, 1000))).isEmpty();
    }

    private List<UUID> mine(List<Withdrawal> listed) {
        return listed.stream().filter(w -> w.tenant().equals(tenant)).map(Withdrawal::id).toList();
    }

    private Withdrawal cancel(Withdrawal w, Instant at) {
        Withdrawal approved = w.moveTo(WithdrawalState.APPROVED, at.minusSeconds(1), null, null);
        assertThat(store.transition(w, approved, Optional.empty())).isTrue();
        Withdrawal cancelled = approved.moveTo(WithdrawalState.CANCELLED, at, "CANCELLED_BY_CUSTOMER", null);
        assertThat(store.transition(approved, cancelled, Optional.of(EVENTS.stateChanged(cancelled, approved.state()))))
                .isTrue();
        return cancelled;
    }

    private Withdrawal created(Withdrawal w) {
        assertThat(store.create(w, "key-" + w.id(), EVENTS.stateChanged(w, null)).existed()).isFalse();
        return w;
    }

    private Withdrawal requested(String amount, Instant at) {
        return Withdrawal.requested(UUID.randomUUID(), tenant,
                new WithdrawalRequest("alice", Amount.parse(amount, Asset.USDT_ETHEREUM), DESTINATION), at);
    }
}
