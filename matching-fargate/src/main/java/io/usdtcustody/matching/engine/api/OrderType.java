package io.usdtcustody.matching.engine.api;

/** LIMIT orders carry a price; MARKET orders take whatever the book offers and never rest (always IOC). */
public enum OrderType {
    LIMIT,
    MARKET
}
