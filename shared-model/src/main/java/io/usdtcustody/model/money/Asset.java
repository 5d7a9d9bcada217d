package io.usdtcustody.model.money;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something the platform holds or trades, as it exists on one chain: USDT on Ethereum and USDT on TRON are
 * different assets because they settle differently. {@code decimals} is the number of decimal places of one
 * minor unit, which for tokens is the on-chain {@code decimals()} so that minor units equal on-chain base units.
 *
 * <p>For well-known pairs the decimals are checked against the chain's reality, because a wrong scale moves
 * money by powers of ten: USDT has 6 decimals on Ethereum and TRON and 8 on Omni.
 *
 * <p>Amounts are {@code long} minor units, so the larger {@code decimals}, the smaller the range: at 18 decimals a
 * {@code long} holds only about 9.22 whole units. Trading-side assets (BTC, ETH in the matching engine) should
 * use a scale that fits their largest plausible balance.
 */
public record Asset(String code, Chain chain, int decimals) {

    /** The largest scale we accept; ETH's wei scale. */
    public static final int MAX_DECIMALS = 18;

    // Declared before the constants below: static fields initialise in order, and they use it.
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    public static final Asset USDT_ETHEREUM = new Asset("USDT", Chain.ETHEREUM, 6);
    public static final Asset USDT_TRON = new Asset("USDT", Chain.TRON, 6);
    public static final Asset USDT_OMNI = new Asset("USDT", Chain.OMNI, 8);

    public Asset {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(chain, "chain");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "asset code must be 2-12 upper-case letters and digits, starting with a letter");
        }
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("asset decimals must be 0.." + MAX_DECIMALS + ", was " + decimals);
        }
        int known = knownDecimals(code, chain);
        if (known >= 0 && known != decimals) {
            throw new IllegalArgumentException(
                    code + " on " + chain + " has " + known + " decimals, not " + decimals);
        }
    }

    /** {@code USDT@ETHEREUM}: short, unambiguous, and safe to log. */
    @Override
    public String toString() {
        return code + "@" + chain;
    }

    /** Decimals fixed by the chain for assets we know; -1 for any other asset. */
    private static int knownDecimals(String code, Chain chain) {
        return switch (code) {
            case "USDT" -> chain == Chain.OMNI ? 8 : 6;
            case "ETH" -> chain == Chain.ETHEREUM ? 18 : -1;
            case "TRX" -> chain == Chain.TRON ? 6 : -1;
            case "BTC" -> chain == Chain.OMNI ? 8 : -1;
            default -> -1;
        };
    }
}
