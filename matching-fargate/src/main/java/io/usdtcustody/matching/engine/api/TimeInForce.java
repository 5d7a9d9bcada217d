package io.usdtcustody.matching.engine.api;

/**
 * How long a LIMIT order may live: GTC rests what it cannot fill, IOC drops what it cannot fill at once, FOK
 * fills completely at once or trades nothing.
 */
public enum TimeInForce {
    GTC,
    IOC,
    FOK
}
