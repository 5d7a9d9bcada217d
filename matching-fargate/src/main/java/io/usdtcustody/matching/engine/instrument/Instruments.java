package io.usdtcustody.matching.engine.instrument;

import io.usdtcustody.matching.engine.api.ResultCode;
import java.util.Arrays;

/**
 * The engine's assets and symbols, by their small integer ids (array lookups on the order path). Definitions
 * are checked here: a symbol whose price × quantity would not convert exactly into quote units is refused.
 */
public final class Instruments {
    /** Ids are array indexes: keep them small and dense. */
    public static final int MAX_ID = 1 << 16;
    public static final int MAX_SCALE = 18;
    /** Names travel in command records and snapshots: keep them short. */
    public static final int MAX_NAME_LENGTH = 64;

    private AssetSpec[] assets = new AssetSpec[8];
    private SymbolSpec[] symbols = new SymbolSpec[8];
    private int assetCount;
    private int symbolCount;

    public AssetSpec asset(int assetId) {
        return assetId >= 0 && assetId < assets.length ? assets[assetId] : null;
    }

    public SymbolSpec symbol(int symbolId) {
        return symbolId >= 0 && symbolId < symbols.length ? symbols[symbolId] : null;
    }

    /** One more than the highest asset id defined (balance arrays are this long). */
    public int assetIdBound() {
        int bound = assets.length;
        while (bound > 0 && assets[bound - 1] == null) {
            bound--;
        }
        return bound;
    }

    public int symbolIdBound() {
        int bound = symbols.length;
        while (bound > 0 && symbols[bound - 1] == null) {
            bound--;
        }
        return bound;
    }

    public int assetCount() {
        return assetCount;
    }

    public int symbolCount() {
        return symbolCount;
    }

    private static boolean validName(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_NAME_LENGTH;
    }

    public ResultCode addAsset(int assetId, String name, int scale) {
        if (assetId < 0 || assetId >= MAX_ID || scale < 0 || scale > MAX_SCALE || !validName(name)) {
            return ResultCode.INVALID_ASSET;
        }
        if (asset(assetId) != null) {
            return ResultCode.ASSET_EXISTS;
        }
        if (assetId >= assets.length) {
            assets = Arrays.copyOf(assets, Math.max(assetId + 1, assets.length * 2));
        }
        assets[assetId] = new AssetSpec(assetId, name, scale);
        assetCount++;
        return ResultCode.SUCCESS;
    }

    public ResultCode addSymbol(int symbolId, String name, int baseAssetId, int quoteAssetId, int priceScale,
            int quantityScale, long tick, long lot, int makerFeeBps, int takerFeeBps) {
        if (symbolId < 0 || symbolId >= MAX_ID || !validName(name)) {
            return ResultCode.INVALID_SYMBOL;
        }
        if (symbol(symbolId) != null) {
            return ResultCode.SYMBOL_EXISTS;
        }
        AssetSpec base = asset(baseAssetId);
        AssetSpec quote = asset(quoteAssetId);
        if (base == null || quote == null) {
            return ResultCode.UNKNOWN_ASSET;
        }
        boolean valid = baseAssetId != quoteAssetId && priceScale >= 0 && quantityScale >= 0
                && quantityScale <= base.scale() && priceScale + quantityScale <= quote.scale()
                && tick > 0 && lot > 0 && makerFeeBps >= 0 && takerFeeBps >= 0
                && makerFeeBps <= SymbolSpec.MAX_FEE_BPS && takerFeeBps <= SymbolSpec.MAX_FEE_BPS;
        if (!valid) {
            return ResultCode.INVALID_SYMBOL;
        }
        if (symbolId >= symbols.length) {
            symbols = Arrays.copyOf(symbols, Math.max(symbolId + 1, symbols.length * 2));
        }
        symbols[symbolId] = new SymbolSpec(symbolId, name, base, quote, priceScale, quantityScale, tick, lot,
                makerFeeBps, takerFeeBps);
        symbolCount++;
        return ResultCode.SUCCESS;
    }
}
