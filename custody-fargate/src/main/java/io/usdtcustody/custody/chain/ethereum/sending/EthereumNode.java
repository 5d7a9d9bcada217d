package io.usdtcustody.custody.chain.ethereum.sending;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.utils.Numeric;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthSendTransaction;

/**
 * The few JSON-RPC calls sending needs, over web3j. An unreachable node is an {@link UncheckedIOException}: the
 * scheduled worker logs it and tries again on its next pass, with all progress already persisted.
 */
public final class EthereumNode {

    /** What a mined transaction's receipt says that sending cares about. */
    public record Receipt(long blockNumber, boolean succeeded) {
    }

    private final Web3j web3j;

    public EthereumNode(Web3j web3j) {
        this.web3j = web3j;
    }

    public long chainId() {
        return call(() -> web3j.ethChainId().send()).getChainId().longValueExact();
    }

    public long blockNumber() {
        return call(() -> web3j.ethBlockNumber().send()).getBlockNumber().longValueExact();
    }

    /** The address's transaction count including pending ones: where a new address's nonces start. */
    public long pendingNonce(String address) {
        return call(() -> web3j.ethGetTransactionCount(address, DefaultBlockParameterName.PENDING).send())
                .getTransactionCount().longValueExact();
    }

    public BigInteger baseFee() {
        return call(() -> web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send())
                .getBlock().getBaseFeePerGas();
    }

    /** EIP-1559 fees with room for the base fee to double before inclusion. */
    public GasPrice currentFees(BigInteger priorityFeeWei) {
        return new Eip1559(priorityFeeWei, baseFee().shiftLeft(1).add(priorityFeeWei));
    }

    /** Wei held by {@code address} at the latest block. */
    public BigInteger balance(String address) {
        return call(() -> web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send()).getBalance();
    }

    /**
     * Sends signed bytes; true when the node accepted them. "Already known" and "nonce too low" come back as
     * false: the caller decides from receipts whether they were sent before.
     */
    public boolean send(String rawHex) {
        EthSendTransaction sent = call(() -> web3j.ethSendRawTransaction(rawHex).send());
        return !sent.hasError() && sent.getTransactionHash() != null;
    }

    public Optional<Receipt> receipt(String txHash) {
        return call(() -> web3j.ethGetTransactionReceipt(txHash).send()).getTransactionReceipt()
                .map(r -> new Receipt(r.getBlockNumber().longValueExact(), r.isStatusOK()));
    }

    /** The ERC-20 {@code balanceOf(holder)} of {@code token} at the latest block, in the token's minor units. */
    public BigInteger tokenBalance(String token, String holder) {
        String data = FunctionEncoder.encode(new Function("balanceOf", List.of(new Address(holder)), List.of()));
        String result = call(() -> web3j.ethCall(Transaction.createEthCallTransaction(holder, token, data),
                DefaultBlockParameterName.LATEST).send()).getValue();
        return result == null || result.equals("0x") ? BigInteger.ZERO : Numeric.toBigInt(result);
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
