package io.usdtcustody.matching.engine.book;

/**
 * A reusable holder for a dry run of matching ({@link OrderBook#probe}): how much an incoming order would fill,
 * and for what, without changing the book.
 */
public final class FillProbe {
    /** Quantity the order would fill (never more than asked). */
    public long quantity;
    /** Sum of price × quantity over those fills, in price units × quantity units; saturates at Long.MAX_VALUE. */
    public long priceTimesQuantity;

    public void reset() {
        quantity = 0;
        priceTimesQuantity = 0;
    }

    public void add(long price, long fillQuantity) {
        quantity += fillQuantity;
        long hi = Math.multiplyHigh(price, fillQuantity);
        long product = price * fillQuantity;
        long sum = priceTimesQuantity + product;
        if (hi != 0 || product < 0 || sum < 0) {
            priceTimesQuantity = Long.MAX_VALUE;
        } else {
            priceTimesQuantity = sum;
        }
    }
}
