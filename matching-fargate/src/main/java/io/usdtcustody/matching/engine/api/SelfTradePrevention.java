package io.usdtcustody.matching.engine.api;

/**
 * What happens when an incoming order would trade with a resting order of the same account. No mode lets an
 * account trade with itself.
 */
public enum SelfTradePrevention {
    /** The incoming order's remainder is cancelled; the resting order stays (the default). */
    CANCEL_INCOMING,
    /** The resting order is cancelled and the incoming order goes on matching. */
    CANCEL_RESTING,
    /** Both the resting order and the incoming order's remainder are cancelled. */
    CANCEL_BOTH
}
