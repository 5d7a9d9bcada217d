package io.usdtcustody.matching.engine.instrument;

/**
 * A trading pair and its scales. Prices are longs in price units (10^-priceScale of the quote asset per whole
 * base unit), quantities in quantity units (10^-quantityScale of the base asset); every price is a multiple
 * of the tick and every quantity of the lot. Price × quantity is converted exactly to quote-asset units, which
 * is why the quote asset's scale must be at least priceScale + quantityScale.
 *
 * <p>Fees are charged in the quote asset, floor(notional × bps / 10,000), to the taker and maker of each fill.
 * A resting buy order reserves {@link #buyReserve} — notional plus the larger of the two fees — and the
 * floor's super-additivity guarantees that what its fills cost never exceeds what was reserved.
 */
public final class SymbolSpec {
    public static final int MAX_FEE_BPS = 1_000;

    private final int symbolId;
    private final String name;
    private final AssetSpec base;
    private final AssetSpec quote;
    private final int priceScale;
    private final int quantityScale;
    private final long tick;
    private final long lot;
    private final int makerFeeBps;
    private final int takerFeeBps;
    private final long quotePerNotional;
    private final long basePerQuantity;

    SymbolSpec(int symbolId, String name, AssetSpec base, AssetSpec quote, int priceScale, int quantityScale,
            long tick, long lot, int makerFeeBps, int takerFeeBps) {
        this.symbolId = symbolId;
        this.name = name;
        this.base = base;
        this.quote = quote;
        this.priceScale = priceScale;
        this.quantityScale = quantityScale;
        this.tick = tick;
        this.lot = lot;
        this.makerFeeBps = makerFeeBps;
        this.takerFeeBps = takerFeeBps;
        this.quotePerNotional = ScaledMath.powerOfTen(quote.scale() - priceScale - quantityScale);
        this.basePerQuantity = ScaledMath.powerOfTen(base.scale() - quantityScale);
    }

    /** Quote-asset units of price × quantity, or -1 when that does not fit. */
    public long notional(long price, long quantity) {
        return ScaledMath.multiply(ScaledMath.multiply(price, quantity), quotePerNotional);
    }

    /** Quote-asset units for a sum of price × quantity products, or -1 when that does not fit. */
    public long notionalOf(long priceTimesQuantity) {
        return priceTimesQuantity == Long.MAX_VALUE ? -1 : ScaledMath.multiply(priceTimesQuantity, quotePerNotional);
    }

    /** Base-asset units of a quantity, or -1 when that does not fit. */
    public long baseUnits(long quantity) {
        return ScaledMath.multiply(quantity, basePerQuantity);
    }

    /** What a buy order of this size at this limit price reserves, or -1 when that does not fit. */
    public long buyReserve(long price, long quantity) {
        long notional = notional(price, quantity);
        return notional < 0 ? -1 : ScaledMath.add(notional, ScaledMath.fee(notional, maxFeeBps()));
    }

    public long takerFee(long notional) {
        return ScaledMath.fee(notional, takerFeeBps);
    }

    public long makerFee(long notional) {
        return ScaledMath.fee(notional, makerFeeBps);
    }

    public int maxFeeBps() {
        return Math.max(makerFeeBps, takerFeeBps);
    }

    public int symbolId() {
        return symbolId;
    }

    public String name() {
        return name;
    }

    public AssetSpec base() {
        return base;
    }

    public AssetSpec quote() {
        return quote;
    }

    public int priceScale() {
        return priceScale;
    }

    public int quantityScale() {
        return quantityScale;
    }

    public long tick() {
        return tick;
    }

    public long lot() {
        return lot;
    }

    public int makerFeeBps() {
        return makerFeeBps;
    }

    public int takerFeeBps() {
        return takerFeeBps;
    }
}
