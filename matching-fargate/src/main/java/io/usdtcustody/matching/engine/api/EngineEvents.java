package io.usdtcustody.matching.engine.api;

/**
 * What the engine reports while it executes a command, in the order things happen. Callbacks take primitives
 * so that reporting allocates nothing; a listener copies what it keeps. Every method has an empty default, so
 * a listener implements only what it needs.
 */
public interface EngineEvents {

    /** A listener that ignores everything. */
    EngineEvents NONE = new EngineEvents() {
    };

    /** A PLACE passed validation and risk; its funds are reserved. Trades and cancels for it may follow. */
    default void orderAccepted(int symbolId, long orderId, long accountId) {
    }

    /**
     * One fill, at the resting (maker) order's price. Fees are in quote-asset units and were credited to the
     * fee account.
     */
    default void trade(int symbolId, long takerOrderId, long takerAccountId, long makerOrderId,
            long makerAccountId, Side takerSide, long price, long quantity, long takerFee, long makerFee) {
    }

    /** An order left the book, or was not rested, with {@code remainingQuantity} unfilled. */
    default void orderCancelled(int symbolId, long orderId, long accountId, long remainingQuantity,
            CancelReason reason) {
    }

    /** An AMEND took effect: the order now rests (or went on to match) at this price and remaining quantity. */
    default void orderAmended(int symbolId, long orderId, long accountId, long price, long remainingQuantity,
            boolean keptPriority) {
    }

    /** A command was refused and changed nothing. */
    default void rejected(Command command, ResultCode code) {
    }

    /**
     * A deposit (positive amount) or withdrawal (negative) changed the account's available balance, or, when
     * {@code alreadyApplied}, the transfer id had been applied before and nothing changed.
     */
    default void transfer(long accountId, int assetId, long signedAmount, long transferIdHigh,
            long transferIdLow, boolean alreadyApplied) {
    }

    /** An asset or symbol was defined. */
    default void defined(Command command) {
    }
}
