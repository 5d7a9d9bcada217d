package io.usdtcustody.functions.kyc.risk;

import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;

/**
 * A customer's withdrawal limits in micro-USDT (6 decimals): per transaction and over any rolling 24 hours,
 * across all chains. Custody's policy engine reads them per asset with {@link #perTransaction(Asset)}.
 */
public record CustomerLimits(long perTransactionMicros, long rolling24hMicros) {
    static final int MICRO_DECIMALS = 6;

    public CustomerLimits {
        if (perTransactionMicros < 0 || rolling24hMicros < 0) {
            throw new IllegalArgumentException("limits are zero or more");
        }
    }

    public Amount perTransaction(Asset usdt) {
        return scaled(perTransactionMicros, usdt);
    }

    public Amount rolling24h(Asset usdt) {
        return scaled(rolling24hMicros, usdt);
    }

    /** The limit in the asset's own minor units (USDT on Omni has 8 decimals: ×100), saturating. */
    private static Amount scaled(long micros, Asset usdt) {
        if (!usdt.code().equals("USDT") || usdt.decimals() < MICRO_DECIMALS) {
            throw new IllegalArgumentException("customer limits are set in USDT");
        }
        long factor = 1;
        for (int i = MICRO_DECIMALS; i < usdt.decimals(); i++) {
            factor *= 10;
        }
        long minor = micros > Long.MAX_VALUE / factor ? Long.MAX_VALUE : micros * factor;
        return Amount.of(minor, usdt);
    }
}
