package io.usdtcustody.custody.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WithdrawalUsageStore} guarantees; run against the in-memory fake and DynamoDB. */
abstract class WithdrawalUsageStoreContract {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");
    private static final Instant DAY_AGO = NOW.minus(Duration.ofHours(24));

    private WithdrawalUsageStore store;
    private TenantId tenant;

    protected abstract WithdrawalUsageStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
        tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    private UsageRecord usage(String customer, String amount, Instant at) {
        return new UsageRecord(tenant, customer, UUID.randomUUID(), Amount.parse(amount, Asset.USDT_ETHEREUM), at);
    }

    private Amount sum(Optional<String> customer, Instant after, UUID excluding) {
        return store.totals(tenant, customer, after, excluding).totalIn(Asset.USDT_ETHEREUM);
    }

    @Test
    void record_shouldBeIdempotent_whenTheSameWithdrawalIsRecordedAgain() {
        UsageRecord once = usage("alice", "10", NOW);

        assertThat(store.record(once)).isTrue();
        assertThat(store.record(once)).isFalse();

        assertThat(store.totals(tenant, Optional.of("alice"), DAY_AGO, null).count()).isEqualTo(1);
        assertThat(sum(Optional.empty(), DAY_AGO, null)).isEqualTo(Amount.parse("10", Asset.USDT_ETHEREUM));
    }

    @Test
    void record_shouldRefuse_whenTheWithdrawalIdComesBackWithAnotherAmount() {
        UsageRecord once = usage("alice", "10", NOW);
        store.record(once);

        assertThatThrownBy(() -> store.record(new UsageRecord(tenant, "alice", once.withdrawalId(),
                Amount.parse("11", Asset.USDT_ETHEREUM), NOW))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void totals_shouldCountOnlyUsageStrictlyAfterTheInstant() {
        store.record(usage("alice", "1", DAY_AGO));
        store.record(usage("alice", "2", DAY_AGO.plusNanos(1)));
        store.record(usage("alice", "4", NOW));

        assertThat(sum(Optional.of("alice"), DAY_AGO, null)).isEqualTo(Amount.parse("6", Asset.USDT_ETHEREUM));
        assertThat(store.totals(tenant, Optional.of("alice"), DAY_AGO.minusNanos(1), null).count()).isEqualTo(3);
    }

    @Test
    void totals_shouldLeaveOutTheExcludedWithdrawal() {
        UsageRecord evaluated = usage("alice", "5", NOW);
        store.record(evaluated);
        store.record(usage("alice", "7", NOW));

        assertThat(sum(Optional.of("alice"), DAY_AGO, evaluated.withdrawalId())).isEqualTo(Amount.parse("7", Asset.USDT_ETHEREUM));
    }

    @Test
    void totals_shouldSumPerCustomerOrForTheWholeTenant() {
        store.record(usage("alice", "1", NOW));
        store.record(usage("bob", "2", NOW));
        store.record(new UsageRecord(TenantId.of("other"), "alice", UUID.randomUUID(),
                Amount.parse("100", Asset.USDT_ETHEREUM), NOW));

        assertThat(sum(Optional.of("alice"), DAY_AGO, null)).isEqualTo(Amount.parse("1", Asset.USDT_ETHEREUM));
        assertThat(sum(Optional.empty(), DAY_AGO, null)).isEqualTo(Amount.parse("3", Asset.USDT_ETHEREUM));
    }

    @Test
    void totals_shouldKeepAssetsApart_andConvertThemIntoTheAskedScale() {
        store.record(usage("alice", "1", NOW));
        store.record(new UsageRecord(tenant, "alice", UUID.randomUUID(), Amount.parse("2.5", Asset.USDT_OMNI), NOW));

        var totals = store.totals(tenant, Optional.of("alice"), DAY_AGO, null);

        assertThat(totals.minorUnitsByAsset()).containsEntry(Asset.USDT_OMNI, 250_000_000L);
        assertThat(totals.totalIn(Asset.USDT_TRON)).isEqualTo(Amount.parse("3.5", Asset.USDT_TRON));
    }

    @Test
    void release_shouldForgetTheWithdrawal_andIgnoreAnUnknownOne() {
        UsageRecord once = usage("alice", "10", NOW);
        store.record(once);

        store.release(tenant, once.withdrawalId());
        store.release(tenant, UUID.randomUUID());

        assertThat(store.totals(tenant, Optional.empty(), DAY_AGO, null).count()).isZero();
        assertThat(store.record(once)).isTrue();
    }
}
