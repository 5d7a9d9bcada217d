package io.usdtcustody.matching.transfers;

import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import java.math.BigDecimal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The engine's asset that funding ↔ trading transfers move (USDT), and exact conversion of a transfer's decimal
 * amount to the engine's units of it (never rounded: an amount finer than the asset's scale is refused).
 */
public record TradingAsset(int assetId, String name, int scale) {
    public static final String USDT = "USDT";

    /** Finds the asset named {@code name} in the running engine, or fails when the engine does not define it. */
    public static TradingAsset find(MatchingCore core, String name) {
        try {
            AssetSpec spec = core.read(engine -> lookup(engine, name)).get(10, TimeUnit.SECONDS);
            if (spec == null) {
                throw new IllegalStateException("the engine defines no asset " + name);
            }
            return new TradingAsset(spec.assetId(), spec.name(), spec.scale());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the engine's assets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the engine's assets", e);
        }
    }

    private static AssetSpec lookup(MatchingEngine engine, String name) {
        for (int id = 0; id < engine.assetIdBound(); id++) {
            AssetSpec asset = engine.asset(id);
            if (asset != null && asset.name().equals(name)) {
                return asset;
            }
        }
        return null;
    }

    /** {@code decimal} in units of this asset; {@link ArithmeticException} or {@link NumberFormatException} if inexact. */
    public long units(String decimal) {
        BigDecimal value = new BigDecimal(decimal);
        if (value.signum() <= 0) {
            throw new ArithmeticException("a transfer amount is positive");
        }
        return value.setScale(scale).unscaledValue().longValueExact();
    }

    /** Units of this asset as a plain decimal string. */
    public String decimal(long units) {
        return BigDecimal.valueOf(units, scale).stripTrailingZeros().toPlainString();
    }
}
