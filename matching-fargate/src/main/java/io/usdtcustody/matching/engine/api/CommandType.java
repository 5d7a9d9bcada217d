package io.usdtcustody.matching.engine.api;

/** Every command the engine accepts; the ordinal is never used on the wire (see the command codec). */
public enum CommandType {
    ADD_ASSET,
    ADD_SYMBOL,
    DEPOSIT,
    WITHDRAW,
    PLACE,
    CANCEL,
    AMEND
}
