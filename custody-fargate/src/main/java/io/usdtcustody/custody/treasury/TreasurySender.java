package io.usdtcustody.custody.treasury;

import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.treasury.TreasuryMove.Direction;
import io.usdtcustody.custody.treasury.TreasuryMove.State;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import java.math.BigInteger;
import java.time.Clock;

/**
 * Sends approved treasury moves on Ethereum through the {@link EthereumTransactionDriver}: a hot → cold sweep is
 * signed by the hot wallet's key, a cold → hot replenishment — once its delay has passed — by the cold wallet's
 * key in the separate cold token. When the transfer has its confirmations the platform's mirror accounts are
 * booked (transfer id derived from the move, so exactly once) and the move is CONFIRMED. Each step is idempotent;
 * a crash anywhere resumes from the stored nonce record without a second transaction.
 */
public final class TreasurySender {
    private static final int BATCH = 20;

    private final TreasuryService treasury;
    private final TreasuryMoves moves;
    private final EthereumTransactionDriver driver;
    private final EthereumAccount hot;
    private final EthereumAccount cold;
    private final String token;
    private final BigInteger gasLimit;
    private final Ledger ledger;
    private final Clock clock;

    public TreasurySender(TreasuryService treasury, TreasuryMoves moves, EthereumTransactionDriver driver,
                          EthereumAccount hot, EthereumAccount cold, String token, BigInteger gasLimit, Ledger ledger,
                          Clock clock) {
        this.treasury = treasury;
        this.moves = moves;
        this.driver = driver;
        this.hot = hot;
        this.cold = cold;
        this.token = token;
        this.gasLimit = gasLimit;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** One pass over every move that can advance, then supervision of the cold address; returns how many moved. */
    public int runOnce() {
        int moved = 0;
        for (TreasuryMove m : moves.inState(State.APPROVED, BATCH)) {
            if (!m.releaseAt().isAfter(clock.instant())) {
                String txHash = driver.sign(from(m), m.id(),
                        new TransactionTemplate.TokenPayment(token, m.to(), m.amount().toOnChain(), gasLimit));
                treasury.change(m.id(), c -> c.state() == State.APPROVED ? c.moveTo(State.SIGNED, null, txHash, null) : c);
                moved++;
            }
        }
        for (TreasuryMove m : moves.inState(State.SIGNED, BATCH)) {
            if (driver.broadcast(from(m), m.id())) {
                treasury.change(m.id(), c -> c.state() == State.SIGNED ? c.moveTo(State.BROADCAST, null, null, null) : c);
                moved++;
            }
        }
        for (TreasuryMove m : moves.inState(State.BROADCAST, BATCH)) {
            moved += settle(m) ? 1 : 0;
        }
        return moved + driver.supervise(cold);
    }

    private boolean settle(TreasuryMove m) {
        switch (driver.progress(from(m), m.id())) {
            case CONFIRMED -> {
                book(m);
                String mined = driver.minedHash(from(m), m.id()).orElse(null);
                treasury.change(m.id(), c -> c.state() == State.BROADCAST ? c.moveTo(State.CONFIRMED, null, mined, null) : c);
            }
            case REVERTED -> treasury.change(m.id(),
                    c -> c.state() == State.BROADCAST ? c.moveTo(State.FAILED, null, null, "REVERTED_ON_CHAIN") : c);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Mirror accounts stand for minus what is on chain: funds leaving hot make the hot mirror rise, funds
     * arriving in cold make the cold mirror fall, so hot → cold debits cold and credits hot, and the reverse.
     */
    private void book(TreasuryMove m) {
        AccountId hotMirror = AccountId.platform(TreasuryService.OPERATORS, m.amount().asset(), AccountPurpose.HOT_WALLET);
        AccountId coldMirror = AccountId.platform(TreasuryService.OPERATORS, m.amount().asset(), AccountPurpose.COLD_WALLET);
        ledger.open(hotMirror);
        ledger.open(coldMirror);
        boolean sweep = m.direction() == Direction.HOT_TO_COLD;
        ledger.transfer(TreasuryService.OPERATORS, new TransferRequest(m.ledgerTransferId(),
                sweep ? coldMirror : hotMirror, sweep ? hotMirror : coldMirror, m.amount(),
                sweep ? TransferKind.SWEEP : TransferKind.INTERNAL, "treasury:" + m.id()));
    }

    private EthereumAccount from(TreasuryMove m) {
        return m.direction() == Direction.HOT_TO_COLD ? hot : cold;
    }
}
