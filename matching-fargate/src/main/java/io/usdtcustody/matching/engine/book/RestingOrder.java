package io.usdtcustody.matching.engine.book;

import io.usdtcustody.matching.engine.api.Side;

/**
 * A read-only view of an order resting in a book. Views may be reused by the book once the order leaves it:
 * read what you need before the next book call.
 */
public interface RestingOrder {
    long orderId();

    long accountId();

    Side side();

    /** Limit price in the symbol's price units. */
    long price();

    /** Quantity still open, in the symbol's quantity units. */
    long remaining();

    /** Sequencer time at which the order took its current place in the queue. */
    long timestampNanos();

    boolean postOnly();
}
