package io.usdtcustody.matching.engine.book;

/** What anyone may read from a book; changes go through engine commands only. */
public interface BookView {
    /** The resting order with this id, or {@code null}. */
    RestingOrder find(long orderId);

    /** Highest bid price, or {@link OrderBook#NO_PRICE}. */
    long bestBid();

    /** Lowest ask price, or {@link OrderBook#NO_PRICE}. */
    long bestAsk();

    int orderCount();

    /** Bids best first, then asks best first; within a level, oldest first. */
    void forEachOrder(OrderVisitor visitor);
}
