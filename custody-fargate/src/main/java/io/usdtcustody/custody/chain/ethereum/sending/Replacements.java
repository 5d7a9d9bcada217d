package io.usdtcustody.custody.chain.ethereum.sending;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Legacy;
import java.math.BigInteger;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionDecoder;

/**
 * Rebuilds a stored transaction with other fees. A replacement must be the same transaction (same nonce,
 * recipient, value and call data), only more attractive to miners; reading it back from the raw bytes the nonce
 * record kept means the replacement cannot drift from what was signed first, even after a restart.
 */
final class Replacements {
    private Replacements() {
    }

    /** {@code rawHex} (a signed transaction) again, unsigned, with {@code fees}. */
    static RawTransaction withFees(long chainId, String rawHex, GasPrice fees) {
        RawTransaction stored = TransactionDecoder.decode(rawHex);
        return withFees(chainId, stored.getNonce(), stored.getGasLimit(), stored.getTo(), stored.getValue(),
                stored.getData(), fees);
    }

    static RawTransaction withFees(long chainId, BigInteger nonce, BigInteger gasLimit, String to, BigInteger value,
                                   String data, GasPrice fees) {
        if (fees instanceof Eip1559 eip1559) {
            return RawTransaction.createTransaction(chainId, nonce, gasLimit, to, value, data,
                    eip1559.maxPriorityFeePerGas(), eip1559.maxFeePerGas());
        }
        return RawTransaction.createTransaction(nonce, ((Legacy) fees).gasPrice(), gasLimit, to, value, data);
    }
}
