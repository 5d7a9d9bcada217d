package io.usdtcustody.custody.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.sweep.port.SweepStore;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SweepStore} must do; run against the in-memory and the DynamoDB adapter. */
abstract class SweepStoreContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    protected SweepStore store;
    private DepositAddress owner;

    protected abstract SweepStore newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
        byte[] address = new byte[20];
        RANDOM.nextBytes(address);
        owner = new DepositAddress(TenantId.of("t" + HexFormat.of().formatHex(address).substring(0, 8)), "alice",
                Chain.ETHEREUM, "0x" + HexFormat.of().formatHex(address), 7);
    }

    @Test
    void recordCredit_shouldMakeTheAddressDue_withItsOwner() {
        store.recordCredit(owner, NOW);

        assertThat(dueFor(owner, NOW)).hasValueSatisfying(c -> {
            assertThat(c.owner()).isEqualTo(owner);
            assertThat(c.creditSeq()).isEqualTo(1);
            assertThat(c.due()).isTrue();
        });
    }

    @Test
    void start_shouldClaimTheAddressOnce_andNotWhenACreditCameAfterTheRead() {
        store.recordCredit(owner, NOW);
        SweepCandidate read = store.candidate(owner).orElseThrow();

        assertThat(store.start(sweep(), read)).isTrue();
        assertThat(store.start(sweep(), read)).as("one active sweep per address").isFalse();
        assertThat(dueFor(owner, NOW)).isEmpty();

        DepositAddress other = otherAddress();
        store.recordCredit(other, NOW);
        SweepCandidate stale = store.candidate(other).orElseThrow();
        store.recordCredit(other, NOW);
        assertThat(store.start(Sweep.start(UUID.randomUUID(), other, BigInteger.TEN, NOW), stale)).isFalse();
    }

    @Test
    void release_shouldFreeTheAddress_andMakeItDueOnlyIfCreditsArrivedMeanwhile() {
        store.recordCredit(owner, NOW);
        Sweep first = sweep();
        store.start(first, store.candidate(owner).orElseThrow());

        store.release(first, NOW);
        assertThat(store.candidate(owner).orElseThrow().activeSweep()).isEmpty();
        assertThat(dueFor(owner, NOW)).isEmpty();

        Sweep second = sweep();
        store.recordCredit(owner, NOW);
        store.start(second, store.candidate(owner).orElseThrow());
        store.recordCredit(owner, NOW); // during the second sweep
        assertThat(dueFor(owner, NOW)).as("busy addresses are not due").isEmpty();
        store.release(second, NOW);
        store.release(second, NOW); // idempotent
        assertThat(dueFor(owner, NOW)).isPresent();
    }

    @Test
    void freeze_shouldTakeTheAddressOutForGood() {
        store.recordCredit(owner, NOW);

        store.freeze(owner);
        store.recordCredit(owner, NOW);

        assertThat(dueFor(owner, NOW)).isEmpty();
        assertThat(store.start(sweep(), store.candidate(owner).orElseThrow())).isFalse();
    }

    @Test
    void postponeAndRetire_shouldHideTheAddress_untilTheTimeOrTheNextCredit() {
        store.recordCredit(owner, NOW);
        SweepCandidate read = store.candidate(owner).orElseThrow();

        store.postpone(read, NOW.plus(Duration.ofMinutes(10)));
        assertThat(dueFor(owner, NOW.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(dueFor(owner, NOW.plus(Duration.ofMinutes(11)))).isPresent();

        store.retire(store.candidate(owner).orElseThrow());
        assertThat(dueFor(owner, NOW.plus(Duration.ofDays(1)))).isEmpty();
        store.recordCredit(owner, NOW);
        assertThat(dueFor(owner, NOW)).isPresent();
    }

    @Test
    void transition_shouldApplyOnce_perVersion_andListOnlyActiveSweeps() {
        store.recordCredit(owner, NOW);
        Sweep created = sweep();
        store.start(created, store.candidate(owner).orElseThrow());
        Sweep toppingUp = created.toppingUp(1, BigInteger.valueOf(3_000_000_000_000L), NOW);

        assertThat(store.transition(created, toppingUp)).isTrue();
        assertThat(store.transition(created, created.moveTo(SweepState.FUNDED, NOW))).isFalse();
        assertThat(store.find(created.id())).contains(toppingUp);
        assertThat(store.inState(SweepState.TOPPING_UP, 100)).extracting(Sweep::id).contains(created.id());

        Sweep booked = toppingUp.withTransaction(SweepState.BOOKED, "0x" + "aa".repeat(32), NOW);
        assertThat(store.transition(toppingUp, booked)).isTrue();
        assertThat(store.inState(SweepState.TOPPING_UP, 100)).extracting(Sweep::id).doesNotContain(created.id());
        assertThat(store.find(created.id()).orElseThrow().txHash()).isEqualTo(booked.txHash());
    }

    private Sweep sweep() {
        return Sweep.start(UUID.randomUUID(), owner, BigInteger.valueOf(25_000_000), NOW);
    }

    private DepositAddress otherAddress() {
        byte[] address = new byte[20];
        RANDOM.nextBytes(address);
        return new DepositAddress(owner.tenant(), "bob", Chain.ETHEREUM, "0x" + HexFormat.of().formatHex(address), 8);
    }

    private Optional<SweepCandidate> dueFor(DepositAddress address, Instant at) {
        return store.due(at, 1000).stream().filter(c -> c.owner().equals(address)).findFirst();
    }
}
