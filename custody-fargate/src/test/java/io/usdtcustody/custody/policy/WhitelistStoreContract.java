package io.usdtcustody.custody.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WhitelistStore} guarantees; run against the in-memory fake and DynamoDB. */
abstract class WhitelistStoreContract {
    private static final String ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final String TRON = "TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private WhitelistStore store;
    private TenantId tenant;

    protected abstract WhitelistStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
        tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    private WhitelistEntry entry(String customer, Chain chain, String address, String label, Instant at) {
        return new WhitelistEntry(tenant, customer, chain, address, label, at);
    }

    @Test
    void add_shouldStoreTheEntry_whenItIsNew() {
        WhitelistStore.Added added = store.add(entry("alice", Chain.ETHEREUM, ETH, "cold wallet", T0), "k1");

        assertThat(added.replayed()).isFalse();
        assertThat(added.samePayload()).isTrue();
        assertThat(store.find(tenant, "alice", Chain.ETHEREUM, ETH)).contains(added.entry());
    }

    @Test
    void add_shouldKeepTheOriginalAddedAt_whenTheAddressIsAddedAgainWithAnotherKey() {
        store.add(entry("alice", Chain.ETHEREUM, ETH, "cold wallet", T0), "k1");

        WhitelistStore.Added again = store.add(entry("alice", Chain.ETHEREUM, ETH, "cold wallet", T0.plusSeconds(3600)), "k2");

        assertThat(again.entry().addedAt()).isEqualTo(T0);
        assertThat(store.list(tenant, "alice")).hasSize(1);
    }

    @Test
    void add_shouldReplay_whenTheSameKeyAndPayloadComeAgain() {
        store.add(entry("alice", Chain.ETHEREUM, ETH, "", T0), "k1");

        WhitelistStore.Added again = store.add(entry("alice", Chain.ETHEREUM, ETH, "", T0.plusSeconds(5)), "k1");

        assertThat(again.replayed()).isTrue();
        assertThat(again.samePayload()).isTrue();
        assertThat(again.entry().addedAt()).isEqualTo(T0);
    }

    @Test
    void add_shouldChangeNothing_whenTheKeyIsReusedForAnotherAddress() {
        store.add(entry("alice", Chain.ETHEREUM, ETH, "", T0), "k1");

        WhitelistStore.Added reused = store.add(entry("alice", Chain.TRON, TRON, "", T0), "k1");

        assertThat(reused.samePayload()).isFalse();
        assertThat(store.find(tenant, "alice", Chain.TRON, TRON)).isEmpty();
    }

    @Test
    void find_shouldBeScopedByTenantCustomerAndChain() {
        store.add(entry("alice", Chain.ETHEREUM, ETH, "", T0), "k1");

        assertThat(store.find(tenant, "bob", Chain.ETHEREUM, ETH)).isEmpty();
        assertThat(store.find(TenantId.of("other"), "alice", Chain.ETHEREUM, ETH)).isEmpty();
        assertThat(store.find(tenant, "alice", Chain.TRON, ETH)).isEmpty();
    }

    @Test
    void list_shouldReturnOnlyTheCustomersEntries_orderedByChainThenAddress() {
        store.add(entry("alice", Chain.TRON, TRON, "tron", T0), "k1");
        store.add(entry("alice", Chain.ETHEREUM, ETH, "eth", T0), "k2");
        store.add(entry("bob", Chain.ETHEREUM, ETH, "bob's", T0), "k3");

        assertThat(store.list(tenant, "alice")).extracting(WhitelistEntry::label).containsExactly("eth", "tron");
    }

    @Test
    void remove_shouldForgetTheEntry_andReportFalseTheSecondTime() {
        store.add(entry("alice", Chain.ETHEREUM, ETH, "", T0), "k1");

        assertThat(store.remove(tenant, "alice", Chain.ETHEREUM, ETH)).isTrue();
        assertThat(store.remove(tenant, "alice", Chain.ETHEREUM, ETH)).isFalse();
        assertThat(store.find(tenant, "alice", Chain.ETHEREUM, ETH)).isEmpty();
    }
}
