package io.usdtcustody.custody.deposit.travelrule;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link HeldDepositStore} does; run against the in-memory and the DynamoDB adapter. */
public abstract class HeldDepositStoreContract {
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ADDRESS = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";

    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
    private final String tx = randomHash();

    protected abstract HeldDepositStore newStore();

    @Test
    void create_shouldRecordTheHoldOnce_whenCreatedTwice() {
        HeldDepositStore store = newStore();
        HeldDeposit held = held(0, new BigInteger("2500000000"));

        boolean first = store.create(held);
        boolean second = store.create(HeldDeposit.held(held.owner(), held.transfer(), 13,
                "TRAVEL_RULE_COUNTERPARTY_UNKNOWN", "another", AT.plusSeconds(1)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.find(tenant, Chain.ETHEREUM, tx, 0)).contains(held);
    }

    @Test
    void find_shouldSeeOnlyTheTenantsHolds_andEveryLogOfATransaction() {
        HeldDepositStore store = newStore();
        store.create(held(0, BigInteger.TEN));
        store.create(held(7, BigInteger.TWO));

        assertThat(store.forTransaction(tenant, Chain.ETHEREUM, tx)).extracting(h -> h.transfer().logIndex())
                .containsExactlyInAnyOrder(0L, 7L);
        assertThat(store.forTransaction(TenantId.of("someone-else"), Chain.ETHEREUM, tx)).isEmpty();
        assertThat(store.find(TenantId.of("someone-else"), Chain.ETHEREUM, tx, 0)).isEmpty();
        assertThat(store.find(tenant, Chain.ETHEREUM, tx, 1)).isEmpty();
    }

    @Test
    void update_shouldApplyOnlyOnTheExpectedVersion_whenTwoWritersRace() {
        HeldDepositStore store = newStore();
        HeldDeposit held = held(0, BigInteger.TEN);
        store.create(held);
        HeldDeposit released = held.resolved(HeldDeposit.State.RELEASED, "travel-rule-data", "COMPLIANT", AT);
        HeldDeposit rejected = held.resolved(HeldDeposit.State.REJECTED, "ops-1", "no", AT);

        boolean first = store.update(released, Optional.empty());
        boolean second = store.update(rejected, Optional.empty());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.find(tenant, Chain.ETHEREUM, tx, 0)).contains(released);
    }

    @Test
    void waiting_shouldListTheTenantsHeldDepositsOldestFirst_untilTheyAreResolved() {
        HeldDepositStore store = newStore();
        HeldDeposit later = HeldDeposit.held(held(1, BigInteger.TEN).owner(), held(1, BigInteger.TEN).transfer(), 12,
                "TRAVEL_RULE_DATA_REQUIRED", "data is required", AT.plusMillis(1500));
        HeldDeposit first = held(0, BigInteger.TWO);
        HeldDeposit resolved = held(2, BigInteger.ONE);
        store.create(later);
        store.create(first);
        store.create(resolved);
        store.update(resolved.resolved(HeldDeposit.State.REJECTED, "ops-1", "no", AT), Optional.empty());

        assertThat(store.waiting(tenant, 10)).containsExactly(first, later);
        assertThat(store.waiting(tenant, 1)).containsExactly(first);
        assertThat(store.waiting(TenantId.of("someone-else"), 10)).isEmpty();
    }

    @Test
    void update_shouldKeepEveryField_whenTheReasonChanges() {
        HeldDepositStore store = newStore();
        HeldDeposit held = held(3, new BigInteger("123456789012345"));
        store.create(held);
        HeldDeposit next = held.withReason("TRAVEL_RULE_COUNTERPARTY_UNKNOWN", "the originating VASP is unknown");

        assertThat(store.update(next, Optional.empty())).isTrue();
        assertThat(store.find(tenant, Chain.ETHEREUM, tx, 3)).contains(next);
    }

    private HeldDeposit held(long logIndex, BigInteger value) {
        DepositAddress owner = new DepositAddress(tenant, "alice", Chain.ETHEREUM, ADDRESS, 5);
        TokenTransfer transfer = new TokenTransfer(tx, logIndex, 1234, randomHash(),
                "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ADDRESS.toLowerCase(), value);
        return HeldDeposit.held(owner, transfer, 12, "TRAVEL_RULE_DATA_REQUIRED", "data is required", AT);
    }

    private static String randomHash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
