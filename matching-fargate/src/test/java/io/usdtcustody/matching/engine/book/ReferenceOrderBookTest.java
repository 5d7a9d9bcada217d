package io.usdtcustody.matching.engine.book;

import io.usdtcustody.matching.engine.book.reference.ReferenceOrderBook;

class ReferenceOrderBookTest extends OrderBookContract {
    @Override
    protected OrderBook newBook() {
        return new ReferenceOrderBook();
    }
}
