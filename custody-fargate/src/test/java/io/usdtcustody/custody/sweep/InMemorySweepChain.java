package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer;
import io.usdtcustody.custody.chain.ethereum.EthereumSigner;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver.Progress;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import io.usdtcustody.custody.sweep.port.SweepChain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;

/**
 * TEST ONLY: a chain and transaction driver in memory. Signing is the real thing — the template is built and signed
 * through the account's signer exactly as the driver does, once per (account, id) — and the sender recovered from
 * the signature must be the account, so a wrong deposit key fails here. Broadcast transactions are mined when
 * {@link #mine()} is called: a native payment adds ether to the recipient, a token payment moves tokens, and the
 * sender pays {@code gasLimit × feePerGas}. {@code revertNext} makes the next mined token payment revert.
 */
public final class InMemorySweepChain implements SweepChain {
    public static final long CHAIN_ID = 1337;

    /** One signed transaction, as the nonce manager would hold it. */
    public record Sent(String from, UUID id, TransactionTemplate template, String txHash, long nonce) {
    }

    private final Map<String, BigInteger> tokens = new HashMap<>();
    private final Map<String, BigInteger> ether = new HashMap<>();
    private final Map<String, Long> nonces = new HashMap<>();
    private final Map<String, Sent> signed = new LinkedHashMap<>();
    private final List<String> broadcast = new ArrayList<>();
    private final Map<String, Progress> mined = new HashMap<>();
    private BigInteger feePerGas = BigInteger.valueOf(2_000_000_000L);
    private boolean revertNext;

    public synchronized void giveTokens(String address, long units) {
        tokens.merge(norm(address), BigInteger.valueOf(units), BigInteger::add);
    }

    public synchronized void giveEther(String address, BigInteger wei) {
        ether.merge(norm(address), wei, BigInteger::add);
    }

    public synchronized void feePerGas(BigInteger wei) {
        feePerGas = wei;
    }

    public synchronized void revertNext() {
        revertNext = true;
    }

    /** Every transaction signed from {@code address}, in order. */
    public synchronized List<Sent> signedFrom(String address) {
        return signed.values().stream().filter(s -> s.from().equals(norm(address))).toList();
    }

    /** Mines every broadcast transaction that is not mined yet. */
    public synchronized void mine() {
        for (String key : broadcast) {
            if (!mined.containsKey(key)) {
                mined.put(key, apply(signed.get(key)));
            }
        }
    }

    @Override
    public synchronized BigInteger tokenBalance(String address) {
        return tokens.getOrDefault(norm(address), BigInteger.ZERO);
    }

    @Override
    public synchronized BigInteger etherBalance(String address) {
        return ether.getOrDefault(norm(address), BigInteger.ZERO);
    }

    @Override
    public synchronized BigInteger gasCost(BigInteger gasLimit) {
        return gasLimit.multiply(feePerGas);
    }

    @Override
    public synchronized String sign(EthereumAccount from, UUID id, TransactionTemplate what) {
        String key = key(from, id);
        Sent existing = signed.get(key);
        if (existing != null) {
            return existing.txHash();
        }
        long nonce = nonces.merge(from.address(), 1L, Long::sum) - 1;
        EthereumSigner.SignedTransaction tx = EthereumSigner.sign(what.build(CHAIN_ID, BigInteger.valueOf(nonce),
                new Erc20Transfer.Eip1559(BigInteger.ONE, feePerGas)), CHAIN_ID, from.signer());
        String sender;
        try {
            sender = ((SignedRawTransaction) TransactionDecoder.decode(tx.rawHex())).getFrom();
        } catch (java.security.SignatureException e) {
            throw new AssertionError("the signed transaction does not recover to a sender", e);
        }
        if (!sender.equalsIgnoreCase(from.address())) {
            throw new AssertionError("signed by " + sender + ", not by " + from.address());
        }
        signed.put(key, new Sent(from.address(), id, what, tx.txHash(), nonce));
        return tx.txHash();
    }

    @Override
    public synchronized boolean broadcast(EthereumAccount from, UUID id) {
        String key = key(from, id);
        if (!signed.containsKey(key)) {
            throw new IllegalStateException("nothing signed for " + key);
        }
        if (!broadcast.contains(key)) {
            broadcast.add(key);
        }
        return true;
    }

    @Override
    public synchronized Progress progress(EthereumAccount from, UUID id) {
        return mined.getOrDefault(key(from, id), Progress.PENDING);
    }

    @Override
    public synchronized Optional<String> minedHash(EthereumAccount from, UUID id) {
        return mined.containsKey(key(from, id)) ? Optional.of(signed.get(key(from, id)).txHash()) : Optional.empty();
    }

    @Override
    public int supervise(EthereumAccount from) {
        return 0;
    }

    private Progress apply(Sent tx) {
        BigInteger gasLimit = tx.template() instanceof TransactionTemplate.TokenPayment token ? token.gasLimit()
                : TransactionTemplate.NativePayment.GAS;
        BigInteger fee = gasLimit.multiply(feePerGas);
        if (etherBalance(tx.from()).compareTo(fee) < 0) {
            throw new AssertionError(tx.from() + " cannot pay for gas: the node would have refused it");
        }
        ether.put(norm(tx.from()), etherBalance(tx.from()).subtract(fee));
        if (tx.template() instanceof TransactionTemplate.NativePayment payment) {
            giveEther(payment.to(), payment.valueWei());
            return Progress.CONFIRMED;
        }
        TransactionTemplate.TokenPayment payment = (TransactionTemplate.TokenPayment) tx.template();
        if (revertNext || tokenBalance(tx.from()).compareTo(payment.amount()) < 0) {
            revertNext = false;
            return Progress.REVERTED;
        }
        tokens.put(norm(tx.from()), tokenBalance(tx.from()).subtract(payment.amount()));
        tokens.merge(norm(payment.recipient()), payment.amount(), BigInteger::add);
        return Progress.CONFIRMED;
    }

    private static String norm(String address) {
        return address.toLowerCase(java.util.Locale.ROOT);
    }

    private static String key(EthereumAccount from, UUID id) {
        return from.address() + "/" + id;
    }
}
