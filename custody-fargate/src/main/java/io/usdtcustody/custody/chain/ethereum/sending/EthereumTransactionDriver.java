package io.usdtcustody.custody.chain.ethereum.sending;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import io.usdtcustody.custody.chain.ethereum.EthereumSigner;
import io.usdtcustody.custody.chain.ethereum.nonce.FeeBumper;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceTransaction;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.model.errors.PlatformException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one outgoing transaction at a time through the steps the {@link NonceManager} makes crash-safe — nonce,
 * signature with the raw bytes stored <em>before</em> anything is sent, broadcast of exactly those bytes,
 * confirmations — and supervises an address: stuck transactions are replaced at the same nonce with higher fees,
 * released nonces are filled with a zero-value self-transfer so later nonces can be mined. Withdrawals, hot/cold
 * moves, gas top-ups and deposit sweeps all send through here; each keeps its own business state and asks the
 * driver to advance the chain side. Every method is idempotent and re-reads the nonce record, so calling it again
 * after a crash continues where the previous process stopped and never signs a second, different transaction.
 */
public final class EthereumTransactionDriver {

    /** Chain and fee settings. {@code stuckAfter}: how long a broadcast may wait before it is replaced. */
    public record Settings(long chainId, int confirmations, BigInteger priorityFeeWei, Duration stuckAfter,
                           FeeBumper bumper) {
    }

    /** Where a transaction stands on chain. */
    public enum Progress {
        /** Not yet mined, or not yet with enough confirmations. */
        PENDING,
        /** Mined, successful, with enough confirmations. */
        CONFIRMED,
        /** Mined with enough confirmations, but the call reverted (the nonce is used, nothing moved). */
        REVERTED
    }

    private static final Logger LOG = LoggerFactory.getLogger(EthereumTransactionDriver.class);

    private final Settings settings;
    private final NonceManager nonces;
    private final EthereumNode node;
    private final Clock clock;

    public EthereumTransactionDriver(Settings settings, NonceManager nonces, EthereumNode node, Clock clock) {
        this.settings = settings;
        this.nonces = nonces;
        this.node = node;
        this.clock = clock;
    }

    public long chainId() {
        return settings.chainId();
    }

    /**
     * Signs {@code what} for {@code id} from {@code from} at the id's nonce, unless it is already signed; returns
     * the hash of the latest transaction at that nonce.
     */
    public String sign(EthereumAccount from, UUID id, TransactionTemplate what) {
        long nonce = nonces.assign(settings.chainId(), from.address(), id, node.pendingNonce(from.address()));
        NonceAssignment assignment = assignment(from, nonce);
        if (assignment.state() == NonceState.ASSIGNED) {
            GasPrice fees = node.currentFees(settings.priorityFeeWei());
            EthereumSigner.SignedTransaction signed = EthereumSigner.sign(
                    what.build(settings.chainId(), BigInteger.valueOf(nonce), fees), settings.chainId(), from.signer());
            assignment = nonces.recordSigned(settings.chainId(), from.address(), nonce, id,
                    NonceTransaction.of(signed, fees));
        }
        return assignment.latestTxHash();
    }

    /**
     * Sends the stored bytes of {@code id}'s transaction unless the nonce record says they were sent; true once
     * the node has them (or has mined them). False when the node refused them and they are not mined: the next
     * call sends the same bytes again.
     */
    public boolean broadcast(EthereumAccount from, UUID id) {
        NonceAssignment assignment = assignmentOf(from, id);
        if (assignment.state() == NonceState.SIGNED) {
            if (!node.send(assignment.rawTx()) && node.receipt(assignment.latestTxHash()).isEmpty()) {
                return false;
            }
            Failpoint.AFTER_BROADCAST.hit();
            nonces.recordBroadcast(settings.chainId(), from.address(), assignment.nonce(), assignment.latestTxHash());
        }
        return true;
    }

    /** Whether any transaction at {@code id}'s nonce is mined with enough confirmations; records it when so. */
    public Progress progress(EthereumAccount from, UUID id) {
        NonceAssignment assignment = assignmentOf(from, id);
        return minedWithConfirmations(from, assignment)
                .map(receipt -> receipt.succeeded() ? Progress.CONFIRMED : Progress.REVERTED)
                .orElse(Progress.PENDING);
    }

    /** The nonce {@code id} holds (it must have one): lets callers broadcast in nonce order. */
    public long nonce(EthereumAccount from, UUID id) {
        return assignmentOf(from, id).nonce();
    }

    /** The transaction hash that was mined for {@code id}, once it is. */
    public Optional<String> minedHash(EthereumAccount from, UUID id) {
        return Optional.ofNullable(assignmentOf(from, id).minedTxHash());
    }

    /**
     * {@code id} will never be sent (cancelled or failed before broadcast): gives its nonce back, or leaves a gap
     * that {@link #supervise} fills.
     */
    public NonceManager.Release release(EthereumAccount from, UUID id) {
        return nonces.release(settings.chainId(), from.address(), id);
    }

    /**
     * One supervision pass over {@code from}: every broadcast that waited longer than {@code stuckAfter} is either
     * recorded as mined or replaced with bumped fees; every gap gets a filler. Returns how many transactions were
     * signed. A fee bump beyond the automatic cap is logged and left for a person.
     */
    public int supervise(EthereumAccount from) {
        int signed = 0;
        for (NonceAssignment stuck : nonces.stuck(settings.chainId(), from.address(),
                clock.instant().minus(settings.stuckAfter()))) {
            signed += replace(from, stuck) ? 1 : 0;
        }
        for (NonceAssignment gap : nonces.gapsToFill(settings.chainId(), from.address())) {
            signed += fill(from, gap) ? 1 : 0;
        }
        return signed;
    }

    private boolean replace(EthereumAccount from, NonceAssignment stuck) {
        if (minedWithConfirmations(from, stuck).isPresent() || anyReceipt(stuck)) {
            return false; // mined: not stuck; recorded once it has its confirmations
        }
        GasPrice bumped;
        try {
            bumped = settings.bumper().bump(stuck.fees(), node.baseFee());
        } catch (PlatformException capped) {
            LOG.warn("stuck transaction at nonce {} of {} needs a person: {}", stuck.nonce(), from.address(),
                    capped.getMessage());
            return false;
        }
        EthereumSigner.SignedTransaction signed = EthereumSigner.sign(
                Replacements.withFees(settings.chainId(), stuck.rawTx(), bumped), settings.chainId(), from.signer());
        NonceAssignment recorded = nonces.recordReplacement(settings.chainId(), from.address(), stuck.nonce(),
                stuck.latestTxHash(), NonceTransaction.of(signed, bumped));
        if (recorded.state() == NonceState.MINED || !recorded.latestTxHash().equals(signed.txHash())) {
            return false; // mined meanwhile, or another worker replaced it first: its bytes are the ones to send
        }
        node.send(signed.rawHex());
        LOG.info("replaced stuck transaction at nonce {} of {}", stuck.nonce(), from.address());
        return true;
    }

    private boolean fill(EthereumAccount from, NonceAssignment gap) {
        GasPrice current = node.currentFees(settings.priorityFeeWei());
        GasPrice fees = gap.fees() == null || FeeBumper.outbids(gap.fees(), current)
                ? current : settings.bumper().bump(gap.fees(), node.baseFee());
        EthereumSigner.SignedTransaction signed = EthereumSigner.sign(
                new TransactionTemplate.NativePayment(from.address(), BigInteger.ZERO)
                        .build(settings.chainId(), BigInteger.valueOf(gap.nonce()), fees),
                settings.chainId(), from.signer());
        NonceAssignment recorded = nonces.recordFiller(settings.chainId(), from.address(), gap.nonce(),
                NonceTransaction.of(signed, fees));
        if (node.send(recorded.rawTx())) {
            nonces.recordBroadcast(settings.chainId(), from.address(), gap.nonce(), recorded.latestTxHash());
        }
        LOG.info("filled nonce gap {} of {}", gap.nonce(), from.address());
        return true;
    }

    private Optional<EthereumNode.Receipt> minedWithConfirmations(EthereumAccount from, NonceAssignment assignment) {
        long latest = node.blockNumber();
        for (String hash : assignment.txHashes()) {
            Optional<EthereumNode.Receipt> receipt = node.receipt(hash);
            if (receipt.isPresent() && latest - receipt.get().blockNumber() + 1 >= settings.confirmations()) {
                if (assignment.state() != NonceState.MINED) {
                    nonces.recordMined(settings.chainId(), from.address(), assignment.nonce(), hash);
                }
                return receipt;
            }
        }
        return Optional.empty();
    }

    private boolean anyReceipt(NonceAssignment assignment) {
        return assignment.txHashes().stream().anyMatch(hash -> node.receipt(hash).isPresent());
    }

    private NonceAssignment assignmentOf(EthereumAccount from, UUID id) {
        return assignment(from, nonces.assign(settings.chainId(), from.address(), id, 0));
    }

    private NonceAssignment assignment(EthereumAccount from, long nonce) {
        return nonces.find(settings.chainId(), from.address(), nonce)
                .orElseThrow(() -> new IllegalStateException("nonce " + nonce + " has no assignment"));
    }
}
