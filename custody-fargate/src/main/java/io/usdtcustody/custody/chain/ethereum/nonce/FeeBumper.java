package io.usdtcustody.custody.chain.ethereum.nonce;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Legacy;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Fees for a replacement: a second transaction at the same nonce that nodes accept in place of a stuck one.
 * Nodes (geth, ganache) drop a replacement unless both the priority fee and the max fee are at least 10% above
 * the pending transaction's, and strictly higher; so both are raised by {@code bumpPercent} (10 or more), rounded
 * up, and the max fee also to at least {@code 2 × base fee + priority fee}, the usual headroom for the base fee
 * to double before inclusion. A legacy gas price is bumped the same way, to at least {@code 2 × base fee}. A cap
 * bounds what an automatic bump may ever offer; beyond it a person decides.
 */
public final class FeeBumper {
    /** The smallest bump nodes accept, in percent (geth's and ganache's default {@code pricebump}). */
    public static final int MIN_BUMP_PERCENT = 10;
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final int bumpPercent;
    private final BigInteger maxFeePerGasCapWei;

    public FeeBumper(int bumpPercent, BigInteger maxFeePerGasCapWei) {
        if (bumpPercent < MIN_BUMP_PERCENT || bumpPercent > 1_000) {
            throw new IllegalArgumentException("the bump is 10% to 1000%");
        }
        Objects.requireNonNull(maxFeePerGasCapWei, "maxFeePerGasCapWei");
        if (maxFeePerGasCapWei.signum() <= 0) {
            throw new IllegalArgumentException("the fee cap is positive");
        }
        this.bumpPercent = bumpPercent;
        this.maxFeePerGasCapWei = maxFeePerGasCapWei;
    }

    /**
     * The fees to replace a transaction signed with {@code previous}, given the latest block's base fee.
     *
     * @throws PlatformException LIMIT_EXCEEDED when the max fee (or gas price) would pass the cap
     */
    public GasPrice bump(GasPrice previous, BigInteger baseFeePerGasWei) {
        Objects.requireNonNull(previous, "previous");
        if (baseFeePerGasWei.signum() < 0) {
            throw new IllegalArgumentException("the base fee is not negative");
        }
        BigInteger twiceBaseFee = baseFeePerGasWei.shiftLeft(1);
        GasPrice next;
        if (previous instanceof Eip1559 fees) {
            BigInteger priority = raise(fees.maxPriorityFeePerGas(), bumpPercent);
            BigInteger maxFee = raise(fees.maxFeePerGas(), bumpPercent).max(twiceBaseFee.add(priority));
            next = new Eip1559(priority, maxFee);
        } else {
            next = new Legacy(raise(((Legacy) previous).gasPrice(), bumpPercent).max(twiceBaseFee));
        }
        if (maxFee(next).compareTo(maxFeePerGasCapWei) > 0) {
            throw new PlatformException(ErrorCode.LIMIT_EXCEEDED,
                    "the replacement fee would exceed the automatic cap; the stuck transaction needs a person");
        }
        return next;
    }

    /**
     * Whether nodes would accept {@code replacement} in place of a pending transaction with {@code previous}:
     * both the priority fee and the max fee strictly higher and at least {@value #MIN_BUMP_PERCENT}% higher (a
     * legacy gas price counts as both).
     */
    public static boolean outbids(GasPrice previous, GasPrice replacement) {
        return atLeastBumped(priorityFee(previous), priorityFee(replacement))
                && atLeastBumped(maxFee(previous), maxFee(replacement));
    }

    private static boolean atLeastBumped(BigInteger old, BigInteger candidate) {
        return candidate.compareTo(raise(old, MIN_BUMP_PERCENT)) >= 0;
    }

    /** {@code value} raised by {@code percent}, rounded up, and by at least one wei. */
    private static BigInteger raise(BigInteger value, int percent) {
        BigInteger raised = value.multiply(BigInteger.valueOf(100L + percent)).add(HUNDRED.subtract(BigInteger.ONE))
                .divide(HUNDRED);
        return raised.max(value.add(BigInteger.ONE));
    }

    private static BigInteger priorityFee(GasPrice fees) {
        return fees instanceof Eip1559 eip1559 ? eip1559.maxPriorityFeePerGas() : ((Legacy) fees).gasPrice();
    }

    private static BigInteger maxFee(GasPrice fees) {
        return fees instanceof Eip1559 eip1559 ? eip1559.maxFeePerGas() : ((Legacy) fees).gasPrice();
    }
}
