package io.usdtcustody.custody.withdrawal.sending;

import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.chain.ethereum.sending.Failpoint;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * Drives approved Ethereum withdrawals to the chain from the hot wallet, one idempotent step at a time:
 * APPROVED → signed through the HSM with the raw bytes stored before anything is sent → SIGNED → broadcast
 * (re-sending the stored bytes after a crash, never signing again) → BROADCAST → enough confirmations →
 * CONFIRMED, which settles the ledger. The chain side is the {@link EthereumTransactionDriver}'s; this class
 * keeps the withdrawal's state in step with it, and each pass also supervises the hot address (stuck
 * transactions replaced, released nonces filled).
 *
 * <p>A withdrawal cancelled while its transaction was being signed gives its nonce back as soon as marking it
 * SIGNED fails. If the process died in between, nothing would ever do that, and every later transaction from
 * the hot address would wait behind the unsent nonce; so the first pass of every process, and every
 * {@link #ABANDONED_CHECK_EVERY}th pass after it, releases the nonce of the latest cancelled and failed
 * withdrawals (a release is idempotent; one that was broadcast keeps its nonce).
 */
public final class EthereumWithdrawalSender {

    /** The token sent and the gas each transfer may use. */
    public record Settings(String tokenContract, BigInteger gasLimit) {
    }

    private static final int BATCH = 50;
    /** Passes between two looks for nonces held by withdrawals that will never be sent (≈5 min at 1 s). */
    static final int ABANDONED_CHECK_EVERY = 300;
    private static final int ABANDONED_LOOKED_AT = 100;

    private final Settings settings;
    private final WithdrawalStore store;
    private final WithdrawalService withdrawals;
    private final EthereumTransactionDriver driver;
    private final EthereumAccount hot;
    private long passes;

    public EthereumWithdrawalSender(Settings settings, WithdrawalStore store, WithdrawalService withdrawals,
                                    EthereumTransactionDriver driver, EthereumAccount hot) {
        this.settings = settings;
        this.store = store;
        this.withdrawals = withdrawals;
        this.driver = driver;
        this.hot = hot;
    }

    /**
     * One pass: the hot address first (stuck transactions replaced, gaps filled, so nothing below waits behind a
     * gap), then every withdrawal that can move; returns how many transactions were signed or moved.
     */
    public int runOnce() {
        if (passes++ % ABANDONED_CHECK_EVERY == 0) {
            releaseAbandonedNonces();
        }
        int moved = driver.supervise(hot);
        for (Withdrawal w : store.inState(WithdrawalState.APPROVED, BATCH)) {
            moved += ethereum(w) && sign(w) ? 1 : 0;
        }
        // in nonce order: a node holds a transaction whose predecessor it has not seen yet as "queued", and
        // sending them in order keeps the queue empty (the listing is ordered by change time, not by nonce)
        List<Withdrawal> signed = store.inState(WithdrawalState.SIGNED, BATCH).stream()
                .filter(EthereumWithdrawalSender::ethereum)
                .sorted(Comparator.comparingLong(w -> driver.nonce(hot, w.id()))).toList();
        for (Withdrawal w : signed) {
            if (!broadcast(w)) {
                break; // the rest would only queue behind it; the next pass sends it again first
            }
            moved++;
        }
        for (Withdrawal w : store.inState(WithdrawalState.BROADCAST, BATCH)) {
            moved += ethereum(w) && confirm(w) ? 1 : 0;
        }
        return moved;
    }

    /** Gives back the nonces that the latest cancelled or failed withdrawals hold without having been sent. */
    void releaseAbandonedNonces() {
        for (WithdrawalState ended : new WithdrawalState[] {WithdrawalState.CANCELLED, WithdrawalState.FAILED}) {
            for (Withdrawal w : store.latestInState(ended, ABANDONED_LOOKED_AT)) {
                if (!ethereum(w)) {
                    continue;
                }
                try {
                    driver.release(hot, w.id());
                } catch (PlatformException e) {
                    if (e.errorCode() != ErrorCode.CONFLICT) {
                        throw e;
                    }
                    // broadcast before it failed (e.g. reverted on chain): its nonce is spent, nothing to give back
                }
            }
        }
    }

    private static boolean ethereum(Withdrawal w) {
        return w.request().amount().asset().chain() == Chain.ETHEREUM;
    }

    private boolean sign(Withdrawal w) {
        String txHash;
        try {
            txHash = driver.sign(hot, w.id(), new TransactionTemplate.TokenPayment(settings.tokenContract(),
                    w.request().destination(), w.request().amount().toOnChain(), settings.gasLimit()));
        } catch (PlatformException e) {
            if (e.errorCode() != ErrorCode.CONFLICT) {
                throw e;
            }
            return false; // cancelled and its nonce released since it was listed: it will not be listed again
        }
        Failpoint.SIGNED_NOT_RECORDED.hit();
        try {
            withdrawals.markSigned(w.tenant(), w.id(), txHash);
        } catch (PlatformException e) {
            if (e.errorCode() != ErrorCode.CONFLICT) {
                throw e;
            }
            // cancelled while it was being signed: the signed bytes must never go out, and the nonce must not
            // hold up the transactions behind it
            driver.release(hot, w.id());
            return false;
        }
        Failpoint.AFTER_SIGN.hit();
        return true;
    }

    private boolean broadcast(Withdrawal w) {
        if (!driver.broadcast(hot, w.id())) {
            return false; // refused and not mined: retried on the next pass with the same bytes
        }
        withdrawals.markBroadcast(w.tenant(), w.id());
        return true;
    }

    private boolean confirm(Withdrawal w) {
        switch (driver.progress(hot, w.id())) {
            case CONFIRMED -> withdrawals.markConfirmed(w.tenant(), w.id(), driver.minedHash(hot, w.id()).orElse(null));
            case REVERTED -> withdrawals.markFailed(w.tenant(), w.id(), "REVERTED_ON_CHAIN");
            default -> {
                return false;
            }
        }
        return true;
    }
}
