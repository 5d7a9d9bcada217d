package io.usdtcustody.custody.chain.ethereum;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.RawTransaction;

/**
 * An unsigned ERC-20 {@code transfer(recipient, amount)} call as an Ethereum transaction. The transaction's
 * {@code to} is the token contract; the recipient — the address that policy and sanctions screening must look
 * at — is inside the call data.
 */
public record Erc20Transfer(long chainId, BigInteger nonce, String token, String recipient, BigInteger amount,
                            BigInteger gasLimit, GasPrice gas) {

    /** Fees: EIP-1559 (max fee and priority fee) or legacy (one gas price, EIP-155 replay protection). */
    public sealed interface GasPrice permits Eip1559, Legacy {
    }

    /** EIP-1559 fees in wei. */
    public record Eip1559(BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas) implements GasPrice {
        public Eip1559 {
            if (maxPriorityFeePerGas.signum() < 0 || maxFeePerGas.compareTo(maxPriorityFeePerGas) < 0) {
                throw new IllegalArgumentException("0 <= priority fee <= max fee");
            }
        }
    }

    /** A legacy gas price in wei. */
    public record Legacy(BigInteger gasPrice) implements GasPrice {
        public Legacy {
            if (gasPrice.signum() < 0) {
                throw new IllegalArgumentException("gas price must not be negative");
            }
        }
    }

    public Erc20Transfer {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(gas, "gas");
        if (chainId <= 0 || nonce.signum() < 0 || amount.signum() <= 0 || gasLimit.signum() <= 0) {
            throw new IllegalArgumentException("chain id, amount and gas limit are positive; the nonce is not negative");
        }
        if (amount.bitLength() > 256) {
            throw new IllegalArgumentException("the amount does not fit a uint256");
        }
    }

    /** ABI call data: {@code a9059cbb} + recipient (32 bytes) + amount (32 bytes). */
    public String callData() {
        return FunctionEncoder.encode(new Function("transfer",
                List.of(new Address(recipient), new Uint256(amount)), List.of()));
    }

    public RawTransaction raw() {
        if (gas instanceof Eip1559 fees) {
            return RawTransaction.createTransaction(chainId, nonce, gasLimit, token, BigInteger.ZERO, callData(),
                    fees.maxPriorityFeePerGas(), fees.maxFeePerGas());
        }
        Legacy legacy = (Legacy) gas;
        return RawTransaction.createTransaction(nonce, legacy.gasPrice(), gasLimit, token, BigInteger.ZERO, callData());
    }
}
