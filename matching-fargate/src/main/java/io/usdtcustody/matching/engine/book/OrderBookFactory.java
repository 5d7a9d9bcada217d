package io.usdtcustody.matching.engine.book;

import io.usdtcustody.matching.engine.book.reference.ReferenceOrderBook;

/** Makes the book for a new symbol: the fast book in production, the reference book to audit it. */
@FunctionalInterface
public interface OrderBookFactory {
    OrderBook create(int symbolId, int expectedOrders);

    OrderBookFactory FAST = (symbolId, expectedOrders) -> new PriceLadderOrderBook(expectedOrders);
    OrderBookFactory REFERENCE = (symbolId, expectedOrders) -> new ReferenceOrderBook();
}
