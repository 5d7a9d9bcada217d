package io.usdtcustody.custody.chain.ethereum.sending;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import java.math.BigInteger;
import java.util.Objects;
import org.web3j.crypto.RawTransaction;

/**
 * What to send, without the two things the driver decides: the nonce (from the nonce manager) and the fees (from
 * the chain at signing time, or bumped for a replacement). The same template therefore yields the original
 * transaction and, after a crash, exactly the same one again.
 */
public sealed interface TransactionTemplate {

    RawTransaction build(long chainId, BigInteger nonce, GasPrice fees);

    /** An ERC-20 {@code transfer(recipient, amount)} (USDT out of the hot wallet, a deposit-address sweep). */
    record TokenPayment(String token, String recipient, BigInteger amount, BigInteger gasLimit)
            implements TransactionTemplate {
        public TokenPayment {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(gasLimit, "gasLimit");
        }

        @Override
        public RawTransaction build(long chainId, BigInteger nonce, GasPrice fees) {
            return new Erc20Transfer(chainId, nonce, token, recipient, amount, gasLimit, fees).raw();
        }
    }

    /**
     * Ether to an address: a gas top-up from the gas station, or (value zero, to itself) a filler at a nonce gap.
     */
    record NativePayment(String to, BigInteger valueWei) implements TransactionTemplate {
        /** A plain value transfer costs exactly this much gas. */
        public static final BigInteger GAS = BigInteger.valueOf(21_000);

        public NativePayment {
            Objects.requireNonNull(to, "to");
            if (valueWei.signum() < 0) {
                throw new IllegalArgumentException("the value is not negative");
            }
        }

        @Override
        public RawTransaction build(long chainId, BigInteger nonce, GasPrice fees) {
            return Replacements.withFees(chainId, nonce, GAS, to, valueWei, "0x", fees);
        }
    }
}
