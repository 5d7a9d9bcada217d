package io.usdtcustody.matching.engine.book;

class PriceLadderOrderBookTest extends OrderBookContract {
    @Override
    protected OrderBook newBook() {
        return new PriceLadderOrderBook(16);
    }
}
