package io.usdtcustody.matching.engine.api;

/** Why an order left the book, or was not rested, with quantity left. */
public enum CancelReason {
    /** The account asked for it. */
    CANCELLED_BY_ACCOUNT,
    /** IOC or MARKET: what could not fill at once. */
    IMMEDIATE_OR_CANCEL,
    /** FOK that could not fill completely; nothing traded. */
    FILL_OR_KILL,
    /** A post-only order that would have taken liquidity; nothing traded. */
    POST_ONLY_WOULD_TAKE,
    /** Self-trade prevention removed it. */
    SELF_TRADE
}
