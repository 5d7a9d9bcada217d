package io.usdtcustody.matching.engine.book;

import io.usdtcustody.matching.engine.api.Side;

/** A resting order as the fast book keeps it: a pooled node of its price level's FIFO queue. */
final class BookOrder implements RestingOrder {
    long orderId;
    long accountId;
    Side side;
    long price;
    long remaining;
    long timestampNanos;
    boolean postOnly;

    BookOrder previous;
    BookOrder next;
    PriceLevel level;

    @Override
    public long orderId() {
        return orderId;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public Side side() {
        return side;
    }

    @Override
    public long price() {
        return price;
    }

    @Override
    public long remaining() {
        return remaining;
    }

    @Override
    public long timestampNanos() {
        return timestampNanos;
    }

    @Override
    public boolean postOnly() {
        return postOnly;
    }
}
