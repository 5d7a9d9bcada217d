package io.usdtcustody.custody.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.sweep.port.SweepStore;
import io.usdtcustody.model.money.Amount;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep of a credited deposit address: gas top-up, transfer to hot, ledger, and every way it can go. */
class DepositSweeperTest extends SweepFixtures {
    private final DepositAddress alice = address("alice");

    @Test
    void sweep_shouldTopUpGasThenMoveTheWholeBalanceToHot_andBookItOnce() {
        deposit(alice, USDT_25);

        runPasses(20);

        Sweep sweep = onlySweep();
        assertThat(sweep.state()).isEqualTo(SweepState.BOOKED);
        assertThat(chain.tokenBalance(alice.address())).isZero();
        assertThat(chain.tokenBalance(hot)).isEqualTo(BigInteger.valueOf(USDT_25));
        List<InMemorySweepChain.Sent> topUps = chain.signedFrom(gasStation.address());
        assertThat(topUps).singleElement().satisfies(topUp -> {
            TransactionTemplate.NativePayment payment = (TransactionTemplate.NativePayment) topUp.template();
            assertThat(payment.to()).isEqualToIgnoringCase(alice.address());
            assertThat(payment.valueWei()).as("gas cost plus the 50 % margin")
                    .isEqualTo(chain.gasCost(SETTINGS.gasLimit()).multiply(BigInteger.valueOf(3)).divide(BigInteger.TWO));
        });
        assertThat(chain.signedFrom(alice.address())).singleElement().satisfies(tx ->
                assertThat(tx.template()).isEqualTo(new TransactionTemplate.TokenPayment(SETTINGS.tokenContract(), hot,
                        BigInteger.valueOf(USDT_25), SETTINGS.gasLimit())));
        assertThat(balance(AccountPurpose.CHAIN_MIRROR)).as("nothing left on deposit addresses").isEqualTo(Amount.zero(USDT));
        assertThat(balance(AccountPurpose.HOT_WALLET)).isEqualTo(Amount.of(-USDT_25, USDT));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
        assertThat(audit.ofType("sweep.started")).hasSize(1);
        assertThat(audit.ofType("sweep.top-up")).hasSize(1);
        assertThat(audit.ofType("signature.created")).singleElement().satisfies(record -> {
            assertThat(record.subject()).isEqualTo(alice.address());
            assertThat(record.details()).containsEntry("purpose", "sweep:" + sweep.id())
                    .containsEntry("derivationPath", "m/44'/60'/0'/0/" + alice.index());
        });
        assertThat(sessionKeys.givenKeys()).as("every private key array was overwritten")
                .isNotEmpty().allSatisfy(key -> assertThat(key).containsOnly(0));
    }

    @Test
    void sweep_shouldSendNoTopUp_whenTheAddressAlreadyHoldsEnoughEther() {
        chain.giveEther(alice.address(), BigInteger.TEN.pow(17));
        deposit(alice, USDT_25);

        runPasses(20);

        assertThat(onlySweep().state()).isEqualTo(SweepState.BOOKED);
        assertThat(chain.signedFrom(gasStation.address())).isEmpty();
        assertThat(onlySweep().topUpRound()).isZero();
    }

    @Test
    void sweep_shouldSendOneTopUpAndOneTransfer_whenEveryStepRunsTwiceAndTheProcessRestartsBetweenThem() {
        deposit(alice, USDT_25);

        for (int pass = 0; pass < 20; pass++) {
            planner.planOnce();
            DepositSweeper restarted = sweeper(); // a fresh process: only the store and the chain remember
            restarted.runOnce();
            sweeper().runOnce();
            chain.mine();
        }

        assertThat(onlySweep().state()).isEqualTo(SweepState.BOOKED);
        assertThat(chain.signedFrom(gasStation.address())).hasSize(1);
        assertThat(chain.signedFrom(alice.address())).hasSize(1);
        assertThat(balance(AccountPurpose.HOT_WALLET)).isEqualTo(Amount.of(-USDT_25, USDT));
    }

    @Test
    void sweep_shouldTopUpAgain_whenFeesRoseAfterTheFirstTopUp_andFailAfterTheLastAllowedRound() {
        deposit(alice, USDT_25);
        planner.planOnce();
        sweeper.runOnce(); // NEW -> TOPPING_UP (round 1)
        sweeper.runOnce();
        chain.mine();

        chain.feePerGas(chain.gasCost(BigInteger.ONE).multiply(BigInteger.TEN)); // fees x10 before the sweep is signed
        for (int pass = 0; pass < 12; pass++) {
            sweeper.runOnce();
            chain.mine();
            chain.feePerGas(chain.gasCost(BigInteger.ONE).multiply(BigInteger.TEN));
        }

        Sweep sweep = onlySweep();
        assertThat(sweep.state()).isEqualTo(SweepState.FAILED);
        assertThat(sweep.reason()).isEqualTo("OUT_OF_TOP_UPS");
        assertThat(chain.signedFrom(gasStation.address())).hasSize(SETTINGS.maxTopUps());
        assertThat(chain.signedFrom(alice.address())).as("never signed without gas").isEmpty();
    }

    @Test
    void sweep_shouldFailAndKeepTheAddressClaimed_whenTheTransferReverts() {
        deposit(alice, USDT_25);
        chain.revertNext();

        runPasses(20);

        Sweep sweep = onlySweep();
        assertThat(sweep.state()).isEqualTo(SweepState.FAILED);
        assertThat(sweep.reason()).isEqualTo("REVERTED_ON_CHAIN");
        assertThat(store.candidate(alice)).hasValueSatisfying(c -> assertThat(c.activeSweep()).contains(sweep.id()));
        assertThat(balance(AccountPurpose.HOT_WALLET)).isEqualTo(Amount.zero(USDT));
    }

    @Test
    void planner_shouldWaitForMoreDeposits_whenTheBalanceIsBelowTheMinimum() {
        deposit(alice, 4_000_000);

        runPasses(5);
        assertThat(store.inState(SweepState.NEW, 10)).isEmpty();
        assertThat(audit.ofType("sweep.started")).isEmpty();

        deposit(alice, 7_000_000); // a credit makes it due again at once
        runPasses(20);

        assertThat(onlySweep().amount()).isEqualTo(BigInteger.valueOf(11_000_000));
        assertThat(chain.tokenBalance(hot)).isEqualTo(BigInteger.valueOf(11_000_000));
    }

    @Test
    void planner_shouldLookAgainAfterTheRecheckTime_whenTokensArrivedWithoutACredit() {
        deposit(alice, 4_000_000);
        runPasses(3);
        chain.giveTokens(alice.address(), 8_000_000); // e.g. a deposit the watcher has not confirmed yet

        clock.advance(SETTINGS.recheckAfter().plus(Duration.ofSeconds(1)));
        runPasses(20);

        assertThat(onlySweep().amount()).isEqualTo(BigInteger.valueOf(12_000_000));
    }

    @Test
    void planner_shouldNeverSweep_anAddressWithQuarantinedFunds() {
        deposit(alice, USDT_25);
        store.freeze(alice); // what the watcher's follow-up does for a sanctioned sender

        runPasses(10);

        assertThat(store.inState(SweepState.NEW, 10)).isEmpty();
        assertThat(chain.tokenBalance(alice.address())).isEqualTo(BigInteger.valueOf(USDT_25));
    }

    @Test
    void planner_shouldRetireTheAddress_whenCustodyHoldsNoSeedForTheTenant() {
        DepositAddress external = new DepositAddress(io.usdtcustody.model.tenancy.TenantId.of("other"), "bob",
                alice.chain(), "0x" + "cd".repeat(20), 0);
        chain.giveTokens(external.address(), USDT_25);
        store.recordCredit(external, clock.instant());

        runPasses(5);

        assertThat(store.due(clock.instant().plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(audit.ofType("sweep.started")).isEmpty();
    }

    @Test
    void release_shouldMakeTheAddressDueAgain_whenACreditArrivedDuringTheSweep() {
        deposit(alice, USDT_25);
        planner.planOnce();
        sweeper.runOnce();
        deposit(alice, 15_000_000); // arrives while the first sweep is under way

        runPasses(40);

        List<Sweep> booked = sweeps();
        assertThat(booked).hasSize(2).allSatisfy(s -> assertThat(s.state()).isEqualTo(SweepState.BOOKED));
        assertThat(chain.tokenBalance(hot)).isEqualTo(BigInteger.valueOf(USDT_25 + 15_000_000));
        assertThat(chain.tokenBalance(alice.address())).isZero();
        assertThat(balance(AccountPurpose.CHAIN_MIRROR)).isEqualTo(Amount.zero(USDT));
    }

    private Sweep onlySweep() {
        assertThat(sweeps()).hasSize(1);
        return sweeps().get(0);
    }

    /** Every sweep ever started, found through the audit log's start records. */
    private List<Sweep> sweeps() {
        SweepStore s = store;
        return audit.ofType("sweep.started").stream().map(AuditRecord::subject)
                .map(id -> s.find(java.util.UUID.fromString(id)).orElseThrow()).toList();
    }
}
