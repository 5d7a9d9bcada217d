package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.Failpoint;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import io.usdtcustody.custody.sweep.port.SweepChain;
import io.usdtcustody.custody.sweep.port.SweepStore;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives each sweep one idempotent step at a time: NEW → (enough ether for gas? FUNDED : TOPPING_UP) →
 * top-up from the gas station sent and confirmed → FUNDED → ERC-20 transfer of the swept amount to the hot
 * wallet signed with the deposit key (stored before it is sent) → SIGNED → BROADCAST → confirmed → CONFIRMED →
 * ledger booked and the address released → BOOKED. Transactions go through the shared driver: the top-up under
 * an id derived from (sweep, round) in the gas station's nonces, the sweep under the sweep's id in the deposit
 * address's own nonces, so re-running a step after a crash finds the same record and never sends a second top-up
 * or a second sweep. A top-up is decided (and its value stored) before it is signed; if fees rose past what
 * the address holds when the sweep is about to be signed, another round tops it up, at most {@code maxTopUps}.
 */
public final class DepositSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(DepositSweeper.class);
    private static final List<SweepState> ACTIVE = List.of(SweepState.NEW, SweepState.TOPPING_UP,
            SweepState.FUNDED, SweepState.SIGNED, SweepState.BROADCAST, SweepState.CONFIRMED);

    private final SweepSettings settings;
    private final SweepStore store;
    private final SweepChain chain;
    private final DepositKeys keys;
    private final EthereumAccount gasStation;
    private final String hotWallet;
    private final SweepBooking booking;
    private final AuditLog audit;
    private final Clock clock;

    public DepositSweeper(SweepSettings settings, SweepStore store, SweepChain chain, DepositKeys keys,
                          EthereumAccount gasStation, String hotWallet, SweepBooking booking, AuditLog audit,
                          Clock clock) {
        this.settings = settings;
        this.store = store;
        this.chain = chain;
        this.keys = keys;
        this.gasStation = gasStation;
        this.hotWallet = hotWallet;
        this.booking = booking;
        this.audit = audit;
        this.clock = clock;
    }

    /** One pass over every active sweep, then over the gas station's transactions; returns how many moved. */
    public int runOnce() {
        int moved = 0;
        for (SweepState state : ACTIVE) {
            for (Sweep listed : store.inState(state, settings.batch())) {
                // the listing may lag behind; act only on the sweep as it is stored now
                Sweep current = store.find(listed.id()).orElse(listed);
                moved += advance(current) ? 1 : 0;
            }
        }
        return moved + chain.supervise(gasStation);
    }

    /** One step of {@code sweep}; true when its state moved. */
    public boolean advance(Sweep sweep) {
        return switch (sweep.state()) {
            case NEW -> store.transition(sweep, gasShortfall(sweep) ? topUp(sweep) : sweep.moveTo(SweepState.FUNDED, clock.instant()));
            case TOPPING_UP -> topUpProgress(sweep);
            case FUNDED -> gasShortfall(sweep) ? store.transition(sweep, topUp(sweep)) : signSweep(sweep);
            case SIGNED -> chain.broadcast(depositAccount(sweep), sweep.id())
                    && store.transition(sweep, sweep.moveTo(SweepState.BROADCAST, clock.instant()));
            case BROADCAST -> confirm(sweep);
            case CONFIRMED -> book(sweep);
            case BOOKED, FAILED -> false;
        };
    }

    /** Whether the address holds less ether than the sweep transaction may cost at today's fees. */
    private boolean gasShortfall(Sweep sweep) {
        return chain.etherBalance(sweep.address().address()).compareTo(chain.gasCost(settings.gasLimit())) < 0;
    }

    /** The next top-up round (its value fixed now, before anything is signed), or FAILED when out of rounds. */
    private Sweep topUp(Sweep sweep) {
        if (sweep.topUpRound() >= settings.maxTopUps()) {
            LOG.error("sweep {} of {} still lacks gas after {} top-ups; needs a person", sweep.id(),
                    sweep.address().address(), sweep.topUpRound());
            return sweep.failed("OUT_OF_TOP_UPS", clock.instant());
        }
        BigInteger held = chain.etherBalance(sweep.address().address());
        BigInteger wei = settings.topUpFor(chain.gasCost(settings.gasLimit()), held);
        int round = sweep.topUpRound() + 1;
        audit.append(new AuditRecord("sweep.top-up", sweep.address().tenant().value(), sweep.id().toString(), Map.of(
                "address", sweep.address().address(), "gasStation", gasStation.address(), "round",
                Integer.toString(round), "valueWei", wei.toString())));
        return sweep.toppingUp(round, wei, clock.instant());
    }

    private boolean topUpProgress(Sweep sweep) {
        var id = sweep.topUpId(sweep.topUpRound());
        chain.sign(gasStation, id, new TransactionTemplate.NativePayment(sweep.address().address(), sweep.topUpWei()));
        if (!chain.broadcast(gasStation, id)) {
            return false; // refused and not mined: the same bytes go again on the next pass
        }
        return switch (chain.progress(gasStation, id)) {
            case CONFIRMED -> {
                boolean moved = store.transition(sweep, sweep.moveTo(SweepState.FUNDED, clock.instant()));
                Failpoint.AFTER_TOP_UP.hit();
                yield moved;
            }
            case REVERTED -> store.transition(sweep, sweep.failed("TOP_UP_REVERTED", clock.instant()));
            case PENDING -> false;
        };
    }

    private boolean signSweep(Sweep sweep) {
        String txHash = chain.sign(depositAccount(sweep), sweep.id(), new TransactionTemplate.TokenPayment(
                settings.tokenContract(), hotWallet, sweep.amount(), settings.gasLimit()));
        return store.transition(sweep, sweep.withTransaction(SweepState.SIGNED, txHash, clock.instant()));
    }

    private boolean confirm(Sweep sweep) {
        EthereumAccount deposit = depositAccount(sweep);
        return switch (chain.progress(deposit, sweep.id())) {
            case CONFIRMED -> store.transition(sweep, sweep.withTransaction(SweepState.CONFIRMED,
                    chain.minedHash(deposit, sweep.id()).orElse(sweep.txHash()), clock.instant()));
            case REVERTED -> {
                LOG.error("sweep {} of {} reverted on chain; the address stays claimed for a person", sweep.id(),
                        sweep.address().address());
                yield store.transition(sweep, sweep.failed("REVERTED_ON_CHAIN", clock.instant()));
            }
            case PENDING -> {
                chain.supervise(deposit); // stuck: replaced at the same nonce with higher fees
                yield false;
            }
        };
    }

    private boolean book(Sweep sweep) {
        try {
            SweepBooking.amountOf(sweep);
        } catch (IllegalArgumentException tooLarge) {
            LOG.error("sweep {} moved more than the ledger can hold; needs manual booking", sweep.id());
            return store.transition(sweep, sweep.failed("UNBOOKABLE_AMOUNT", clock.instant()));
        }
        booking.book(sweep);
        store.release(sweep, clock.instant()); // before BOOKED: a crash in between must not leave the address claimed
        boolean moved = store.transition(sweep, sweep.moveTo(SweepState.BOOKED, clock.instant()));
        if (moved) {
            LOG.info("sweep {} of {} confirmed in {} and booked", sweep.id(), sweep.address().address(), sweep.txHash());
        }
        return moved;
    }

    private EthereumAccount depositAccount(Sweep sweep) {
        return keys.account(sweep.address(), "sweep:" + sweep.id());
    }
}
