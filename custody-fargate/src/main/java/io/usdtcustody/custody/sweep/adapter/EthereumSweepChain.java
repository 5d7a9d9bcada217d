package io.usdtcustody.custody.sweep.adapter;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumNode;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver.Progress;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import io.usdtcustody.custody.sweep.port.SweepChain;
import java.math.BigInteger;
import java.util.Optional;
import java.util.UUID;

/**
 * Sweeping on Ethereum through the shared transaction driver (nonces in the nonce manager, bytes stored before
 * they are sent) and the node. The gas cost uses the same fee rule the driver signs with ({@link
 * EthereumNode#currentFees}: twice the base fee plus the priority fee), so a top-up covers the transaction that
 * follows it.
 */
public final class EthereumSweepChain implements SweepChain {
    private final EthereumTransactionDriver driver;
    private final EthereumNode node;
    private final String token;
    private final BigInteger priorityFeeWei;

    public EthereumSweepChain(EthereumTransactionDriver driver, EthereumNode node, String token, BigInteger priorityFeeWei) {
        this.driver = driver;
        this.node = node;
        this.token = token;
        this.priorityFeeWei = priorityFeeWei;
    }

    @Override
    public BigInteger tokenBalance(String address) {
        return node.tokenBalance(token, address);
    }

    @Override
    public BigInteger etherBalance(String address) {
        return node.balance(address);
    }

    @Override
    public BigInteger gasCost(BigInteger gasLimit) {
        Erc20Transfer.GasPrice fees = node.currentFees(priorityFeeWei);
        BigInteger perGas = fees instanceof Erc20Transfer.Eip1559 eip1559 ? eip1559.maxFeePerGas()
                : ((Erc20Transfer.Legacy) fees).gasPrice();
        return gasLimit.multiply(perGas);
    }

    @Override
    public String sign(EthereumAccount from, UUID id, TransactionTemplate what) {
        return driver.sign(from, id, what);
    }

    @Override
    public boolean broadcast(EthereumAccount from, UUID id) {
        return driver.broadcast(from, id);
    }

    @Override
    public Progress progress(EthereumAccount from, UUID id) {
        return driver.progress(from, id);
    }

    @Override
    public Optional<String> minedHash(EthereumAccount from, UUID id) {
        return driver.minedHash(from, id);
    }

    @Override
    public int supervise(EthereumAccount from) {
        return driver.supervise(from);
    }
}
