package io.usdtcustody.matching.engine.book;

/**
 * How a book reports what matching did to resting orders, while it happens, so the engine can settle each
 * fill and release funds. The incoming order is the caller's, so only the resting side is described.
 */
public interface MatchListener {

    /** The incoming order traded {@code quantity} with a resting order at that order's price. */
    void onFill(long makerOrderId, long makerAccountId, long price, long quantity, long makerRemaining);

    /** Self-trade prevention removed a resting order with {@code remaining} still open. */
    void onRestingCancelled(long orderId, long accountId, long price, long remaining);
}
