package io.usdtcustody.matching.engine.api;

/**
 * The outcome of one command. The engine never throws on the command path: every refusal is one of these
 * codes, and a refused command changes nothing.
 */
public enum ResultCode {
    SUCCESS,
    /** A transfer id that was applied before: nothing changes, and the caller may treat it as done. */
    TRANSFER_ALREADY_APPLIED,

    UNKNOWN_SYMBOL,
    UNKNOWN_ASSET,
    INVALID_PRICE,
    PRICE_NOT_ON_TICK,
    INVALID_QUANTITY,
    QUANTITY_NOT_ON_LOT,
    /** A combination the engine does not accept, such as post-only with IOC, or a MARKET post-only. */
    INVALID_ORDER,
    /** Price times quantity, or a balance, would not fit the engine's 64-bit units. */
    AMOUNT_TOO_LARGE,
    DUPLICATE_ORDER_ID,
    /** No resting order with this id, symbol and account. */
    ORDER_NOT_RESTING,
    INSUFFICIENT_FUNDS,
    RATE_LIMITED,
    INVALID_AMOUNT,
    /** A deposit or withdrawal without a transfer id (the id (0, 0) is not one). */
    MISSING_TRANSFER_ID,
    /** An amend that would make a post-only order take liquidity: the order stays as it was. */
    POST_ONLY_WOULD_TAKE,
    /** An asset definition with a bad id, name or scale. */
    INVALID_ASSET,
    ASSET_EXISTS,
    SYMBOL_EXISTS,
    /** A symbol definition the engine cannot honour (scales, tick, lot or fees out of range). */
    INVALID_SYMBOL,
    /** A command record that does not decode. */
    MALFORMED_COMMAND
}
