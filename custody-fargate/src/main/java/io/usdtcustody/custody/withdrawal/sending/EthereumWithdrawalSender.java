package io.usdtcustody.custody.withdrawal.sending;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer;
import io.usdtcustody.custody.chain.ethereum.EthereumSigner;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceTransaction;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.money.Chain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Drives approved Ethereum withdrawals to the chain from the hot wallet, one idempotent step at a time:
 * APPROVED → nonce assigned, transaction signed through the HSM, raw bytes stored <em>before</em> anything is
 * sent → SIGNED → broadcast (re-sending the stored bytes after a crash, never signing again) → BROADCAST →
 * receipt of any of the nonce's transactions with enough confirmations → CONFIRMED, which settles the ledger.
 * Every step reads its state back from the nonce manager and the withdrawal store, so a process killed between
 * any two steps resumes where it stopped.
 */
public final class EthereumWithdrawalSender {

    /** Chain and fee settings. */
    public record Settings(long chainId, String tokenContract, int confirmations, BigInteger gasLimit,
                           BigInteger priorityFeeWei) {
    }

    private static final int BATCH = 50;

    private final Settings settings;
    private final WithdrawalStore store;
    private final WithdrawalService withdrawals;
    private final NonceManager nonces;
    private final DigestSigner hotKey;
    private final String hotAddress;
    private final Web3j web3j;

    public EthereumWithdrawalSender(Settings settings, WithdrawalStore store, WithdrawalService withdrawals,
                                    NonceManager nonces, DigestSigner hotKey, String hotAddress, Web3j web3j) {
        this.settings = settings;
        this.store = store;
        this.withdrawals = withdrawals;
        this.nonces = nonces;
        this.hotKey = hotKey;
        this.hotAddress = hotAddress.toLowerCase(Locale.ROOT);
        this.web3j = web3j;
    }

    /** One pass over every withdrawal that can move; returns how many moved. */
    public int runOnce() {
        int moved = 0;
        for (Withdrawal w : store.inState(WithdrawalState.APPROVED, BATCH)) {
            moved += ethereum(w) && sign(w) ? 1 : 0;
        }
        for (Withdrawal w : store.inState(WithdrawalState.SIGNED, BATCH)) {
            moved += ethereum(w) && broadcast(w) ? 1 : 0;
        }
        for (Withdrawal w : store.inState(WithdrawalState.BROADCAST, BATCH)) {
            moved += ethereum(w) && confirm(w) ? 1 : 0;
        }
        return moved;
    }

    private static boolean ethereum(Withdrawal w) {
        return w.request().amount().asset().chain() == Chain.ETHEREUM;
    }

    private boolean sign(Withdrawal w) {
        long nonce = nonces.assign(settings.chainId(), hotAddress, w.id(), pendingNonce());
        NonceAssignment assignment = assignment(nonce);
        if (assignment.state() == NonceState.ASSIGNED) {
            Erc20Transfer.GasPrice fees = currentFees();
            Erc20Transfer transfer = new Erc20Transfer(settings.chainId(), BigInteger.valueOf(nonce),
                    settings.tokenContract(), w.request().destination(), w.request().amount().toOnChain(),
                    settings.gasLimit(), fees);
            EthereumSigner.SignedTransaction signed = EthereumSigner.sign(transfer.raw(), settings.chainId(), hotKey);
            assignment = nonces.recordSigned(settings.chainId(), hotAddress, nonce, w.id(),
                    new NonceTransaction(signed.txHash(), signed.rawHex(), fees));
        }
        withdrawals.markSigned(w.tenant(), w.id(), assignment.latestTxHash());
        Failpoint.AFTER_SIGN.hit();
        return true;
    }

    private boolean broadcast(Withdrawal w) {
        long nonce = nonces.assign(settings.chainId(), hotAddress, w.id(), 0);
        NonceAssignment assignment = assignment(nonce);
        if (assignment.state() == NonceState.SIGNED) {
            String hash = call(() -> web3j.ethSendRawTransaction(assignment.rawTx()).send()).getTransactionHash();
            if (hash == null && receipt(assignment.latestTxHash()).isEmpty()) {
                return false; // refused and not mined: retried on the next pass with the same bytes
            }
            Failpoint.AFTER_BROADCAST.hit();
            nonces.recordBroadcast(settings.chainId(), hotAddress, nonce, assignment.latestTxHash());
        }
        withdrawals.markBroadcast(w.tenant(), w.id());
        return true;
    }

    private boolean confirm(Withdrawal w) {
        long nonce = nonces.assign(settings.chainId(), hotAddress, w.id(), 0);
        NonceAssignment assignment = assignment(nonce);
        long latest = call(() -> web3j.ethBlockNumber().send()).getBlockNumber().longValueExact();
        for (String hash : assignment.txHashes()) {
            Optional<TransactionReceipt> receipt = receipt(hash);
            if (receipt.isPresent() && latest - receipt.get().getBlockNumber().longValueExact() + 1 >= settings.confirmations()) {
                if (assignment.state() != NonceState.MINED) {
                    nonces.recordMined(settings.chainId(), hotAddress, nonce, hash);
                }
                if (receipt.get().isStatusOK()) {
                    withdrawals.markConfirmed(w.tenant(), w.id());
                } else {
                    withdrawals.markFailed(w.tenant(), w.id(), "REVERTED_ON_CHAIN");
                }
                return true;
            }
        }
        return false;
    }

    private NonceAssignment assignment(long nonce) {
        return nonces.find(settings.chainId(), hotAddress, nonce)
                .orElseThrow(() -> new IllegalStateException("nonce " + nonce + " has no assignment"));
    }

    private long pendingNonce() {
        return call(() -> web3j.ethGetTransactionCount(hotAddress, DefaultBlockParameterName.PENDING).send())
                .getTransactionCount().longValueExact();
    }

    private Erc20Transfer.GasPrice currentFees() {
        BigInteger baseFee = call(() -> web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send())
                .getBlock().getBaseFeePerGas();
        BigInteger priority = settings.priorityFeeWei();
        return new Erc20Transfer.Eip1559(priority, baseFee.multiply(BigInteger.TWO).add(priority));
    }

    private Optional<TransactionReceipt> receipt(String hash) {
        return call(() -> web3j.ethGetTransactionReceipt(hash).send()).getTransactionReceipt();
    }

    private interface Rpc<T> {
        T send() throws IOException;
    }

    private static <T> T call(Rpc<T> rpc) {
        try {
            return rpc.send();
        } catch (IOException e) {
            throw new UncheckedIOException("the Ethereum node is unreachable", e);
        }
    }
}
