package io.usdtcustody.custody.sweep;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;

/**
 * How deposits are swept: the token contract; the smallest token balance worth a sweep ({@code minimumUnits},
 * smaller balances wait for more deposits, re-checked after {@code recheckAfter}); the sweep transaction's gas
 * limit; how much more ether than the current estimate a top-up sends ({@code gasMarginPercent}, so a rising
 * base fee does not strand the sweep); how many top-ups one sweep may take; and how many items one pass handles.
 */
public record SweepSettings(String tokenContract, BigInteger minimumUnits, BigInteger gasLimit, int gasMarginPercent,
                            int maxTopUps, Duration recheckAfter, int batch) {
    public SweepSettings {
        Objects.requireNonNull(tokenContract, "tokenContract");
        Objects.requireNonNull(minimumUnits, "minimumUnits");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(recheckAfter, "recheckAfter");
        if (minimumUnits.signum() <= 0 || gasLimit.signum() <= 0) {
            throw new IllegalArgumentException("the minimum and the gas limit are positive");
        }
        if (gasMarginPercent < 0 || gasMarginPercent > 1000 || maxTopUps < 1 || batch < 1) {
            throw new IllegalArgumentException("margin 0..1000 %, at least one top-up and a batch of at least one");
        }
    }

    /** The ether to send so the address can pay {@code gasCostWei} with the margin, given it holds {@code heldWei}. */
    public BigInteger topUpFor(BigInteger gasCostWei, BigInteger heldWei) {
        BigInteger target = gasCostWei.multiply(BigInteger.valueOf(100L + gasMarginPercent)).divide(BigInteger.valueOf(100));
        return target.subtract(heldWei).max(BigInteger.ONE);
    }
}
