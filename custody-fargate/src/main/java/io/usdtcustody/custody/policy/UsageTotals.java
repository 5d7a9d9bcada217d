package io.usdtcustody.custody.policy;

import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.util.HashMap;
import java.util.Map;

/**
 * What a window of usage adds up to: how many withdrawals, and how much of each asset in its own minor units.
 * Limits are checked in the withdrawal's asset but count the same asset code on every chain (USDT sent on
 * Ethereum and on TRON draw on one daily limit); other scales are converted rounding up, so a conversion
 * never lets an amount slip under a limit.
 */
public record UsageTotals(int count, Map<Asset, Long> minorUnitsByAsset) {
    public UsageTotals {
        minorUnitsByAsset = Map.copyOf(minorUnitsByAsset);
    }

    public static UsageTotals empty() {
        return new UsageTotals(0, Map.of());
    }

    /** These totals with one more withdrawal of {@code amount}. */
    public UsageTotals plus(Amount amount) {
        Map<Asset, Long> next = new HashMap<>(minorUnitsByAsset);
        next.merge(amount.asset(), amount.minorUnits(), Math::addExact);
        return new UsageTotals(count + 1, next);
    }

    /** The total of {@code target}'s asset code over all chains, in {@code target}'s minor units. */
    public Amount totalIn(Asset target) {
        long total = 0;
        for (Map.Entry<Asset, Long> entry : minorUnitsByAsset.entrySet()) {
            if (entry.getKey().code().equals(target.code())) {
                total = Math.addExact(total, convert(entry.getValue(), entry.getKey().decimals(), target.decimals()));
            }
        }
        return Amount.of(total, target);
    }

    private static long convert(long minor, int fromDecimals, int toDecimals) {
        if (fromDecimals == toDecimals) {
            return minor;
        }
        if (fromDecimals < toDecimals) {
            return Math.multiplyExact(minor, pow10(toDecimals - fromDecimals));
        }
        long divisor = pow10(fromDecimals - toDecimals);
        return minor / divisor + (minor % divisor == 0 ? 0 : 1);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value = Math.multiplyExact(value, 10L);
        }
        return value;
    }
}
