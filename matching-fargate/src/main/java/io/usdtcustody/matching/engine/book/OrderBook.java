package io.usdtcustody.matching.engine.book;

import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;

/**
 * One symbol's order book: price-time priority, trades at the resting order's price. It knows nothing about
 * money: the engine validates and funds an order before it reaches the book, and settles each fill the book
 * reports. Two implementations share this contract: the fast {@link PriceLadderOrderBook} and a plain
 * reference book that the fast one is checked against.
 *
 * <p>Prices and quantities are the symbol's scaled units. A MARKET order is an IOC order whose limit is
 * {@link #MARKET_BUY_LIMIT} or {@link #MARKET_SELL_LIMIT}.
 */
public interface OrderBook extends BookView {
    long MARKET_BUY_LIMIT = Long.MAX_VALUE;
    long MARKET_SELL_LIMIT = 0;
    /** What {@link #bestBid()} and {@link #bestAsk()} return for an empty side. */
    long NO_PRICE = -1;

    /**
     * Matches an incoming order against the other side and rests a GTC remainder. A FOK order first checks,
     * without touching the book, that it can fill completely (self-trade prevention included); a post-only
     * order never trades. Fills and self-trade cancels are reported to {@code listener} as they happen.
     */
    void place(long orderId, long accountId, Side side, long limitPrice, long quantity, TimeInForce timeInForce,
            boolean postOnly, long timestampNanos, SelfTradePrevention selfTradePrevention,
            MatchListener listener, MatchResult result);

    /**
     * Dry-runs matching: how much an order of {@code quantity} at {@code limitPrice} would fill, and for what,
     * stopping where self-trade prevention would stop it.
     */
    void probe(Side side, long limitPrice, long quantity, long accountId, SelfTradePrevention selfTradePrevention,
            FillProbe result);

    /** True when a post-only order at this price would cross. */
    boolean wouldCross(Side side, long limitPrice);

    /** Removes a resting order; false when there is none with this id. */
    boolean remove(long orderId);

    /** Lowers a resting order's open quantity in place, keeping its priority. */
    boolean reduce(long orderId, long newRemaining);

    /** Appends an order at the back of its price level without matching (restoring a snapshot). */
    void restore(long orderId, long accountId, Side side, long price, long remaining, long timestampNanos,
            boolean postOnly);
}
