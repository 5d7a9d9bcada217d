package io.usdtcustody.model.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A quantity of one {@link Asset} in integer minor units (for USDT on Ethereum, 1 USDT = 1_000_000). All
 * arithmetic is exact: a result outside the {@code long} range throws {@link AmountOverflowException} and
 * amounts of different assets never mix ({@link AssetMismatchException}).
 *
 * <p>Text goes in and out through {@link #parse} and {@link #toPlainString()} with the rules of
 * {@link MinorUnits}; chain values go in and out through {@link #fromOnChain} and {@link #toOnChain()}.
 * Amounts may be negative (ledger deltas, accounts that mirror the chain); on-chain values may not.
 */
public record Amount(Asset asset, long minorUnits) implements Comparable<Amount> {

    private static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    public Amount {
        Objects.requireNonNull(asset, "asset");
    }

    public static Amount of(long minorUnits, Asset asset) {
        return new Amount(asset, minorUnits);
    }

    public static Amount zero(Asset asset) {
        return new Amount(asset, 0L);
    }

    /**
     * Parses decimal text in whole units of the asset: {@code parse("10.5", USDT_ETHEREUM)} is 10_500_000 minor
     * units.
     *
     * @throws IllegalArgumentException when the text breaks the rules of {@link MinorUnits#parse}
     */
    public static Amount parse(String text, Asset asset) {
        Objects.requireNonNull(asset, "asset");
        return new Amount(asset, MinorUnits.parse(text, asset.decimals()));
    }

    /**
     * Converts an on-chain {@code uint256} value in base units (for ERC-20/TRC-20 tokens, the token's smallest
     * unit, which equals our minor unit).
     *
     * @throws IllegalArgumentException when the value is negative, wider than 256 bits, or above
     *                                  {@link Long#MAX_VALUE} (the platform cannot book it exactly)
     */
    public static Amount fromOnChain(BigInteger baseUnits, Asset asset) {
        Objects.requireNonNull(baseUnits, "baseUnits");
        Objects.requireNonNull(asset, "asset");
        if (baseUnits.signum() < 0) {
            throw new IllegalArgumentException("on-chain amounts are unsigned; got a negative " + asset + " value");
        }
        if (baseUnits.compareTo(UINT256_MAX) > 0) {
            throw new IllegalArgumentException("on-chain " + asset + " value is wider than uint256");
        }
        if (baseUnits.bitLength() > 63) {
            throw new IllegalArgumentException("on-chain " + asset + " value " + baseUnits
                    + " does not fit a long (at most " + Long.MAX_VALUE + " base units)");
        }
        return new Amount(asset, baseUnits.longValue());
    }

    /**
     * This amount as on-chain {@code uint256} base units.
     *
     * @throws IllegalStateException when the amount is negative, which has no on-chain meaning
     */
    public BigInteger toOnChain() {
        if (minorUnits < 0) {
            throw new IllegalStateException("a negative " + asset + " amount has no on-chain value");
        }
        return BigInteger.valueOf(minorUnits);
    }

    /** Canonical plain text in whole units: {@code "10.5"}, {@code "0"}, {@code "-3"}; see {@link MinorUnits}. */
    public String toPlainString() {
        return MinorUnits.format(minorUnits, asset.decimals());
    }

    /** The exact value in whole units, scale = the asset's decimals; for reports and the JSON edge only. */
    public BigDecimal toBigDecimal() {
        return MinorUnits.toBigDecimal(minorUnits, asset.decimals());
    }

    public Amount add(Amount other) {
        requireSameAsset(other);
        try {
            return new Amount(asset, Math.addExact(minorUnits, other.minorUnits));
        } catch (ArithmeticException e) {
            throw overflow("add");
        }
    }

    public Amount subtract(Amount other) {
        requireSameAsset(other);
        try {
            return new Amount(asset, Math.subtractExact(minorUnits, other.minorUnits));
        } catch (ArithmeticException e) {
            throw overflow("subtract");
        }
    }

    public Amount negate() {
        try {
            return new Amount(asset, Math.negateExact(minorUnits));
        } catch (ArithmeticException e) {
            throw overflow("negate");
        }
    }

    public Amount abs() {
        return minorUnits < 0 ? negate() : this;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public int signum() {
        return Long.signum(minorUnits);
    }

    /** Orders by value; only amounts of the same asset are comparable. */
    @Override
    public int compareTo(Amount other) {
        requireSameAsset(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Amount other) {
        return compareTo(other) < 0;
    }

    public Amount max(Amount other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Amount min(Amount other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** {@code 10.5 USDT@ETHEREUM}: for logs and messages, not for parsing. */
    @Override
    public String toString() {
        return toPlainString() + " " + asset;
    }

    private void requireSameAsset(Amount other) {
        Objects.requireNonNull(other, "other amount");
        if (!asset.equals(other.asset)) {
            throw new AssetMismatchException(asset, other.asset);
        }
    }

    private AmountOverflowException overflow(String operation) {
        return new AmountOverflowException(asset + " amount overflow in " + operation
                + ": the result does not fit a long of minor units");
    }
}
