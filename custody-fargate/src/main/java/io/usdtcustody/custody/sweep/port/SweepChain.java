package io.usdtcustody.custody.sweep.port;

import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver.Progress;
import io.usdtcustody.custody.chain.ethereum.sending.TransactionTemplate;
import java.math.BigInteger;
import java.util.Optional;
import java.util.UUID;

/**
 * What sweeping needs from Ethereum: balances, the gas a transaction signed now may cost, and the transaction
 * driver's crash-safe steps (sign once per id, broadcast the stored bytes, follow confirmations, supervise an
 * address). The adapter is the shared {@code EthereumTransactionDriver}; there is no second sender.
 */
public interface SweepChain {

    /** Token units of the sweep token held by {@code address}. */
    BigInteger tokenBalance(String address);

    /** Wei held by {@code address}. */
    BigInteger etherBalance(String address);

    /** {@code gasLimit} times the highest fee per gas a transaction signed now may pay: what the sender must hold. */
    BigInteger gasCost(BigInteger gasLimit);

    String sign(EthereumAccount from, UUID id, TransactionTemplate what);

    boolean broadcast(EthereumAccount from, UUID id);

    Progress progress(EthereumAccount from, UUID id);

    Optional<String> minedHash(EthereumAccount from, UUID id);

    int supervise(EthereumAccount from);
}
