package io.usdtcustody.matching.engine.order;

import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.matching.engine.risk.Account;

/**
 * What a resting order holds back: a sell its base quantity, a buy {@link SymbolSpec#buyReserve} at its limit
 * price. Because this is a function of the order's price and open quantity alone, the engine keeps no
 * per-order money state, and an account's reserved balance always equals the sum over its resting orders.
 */
final class Reservations {
    private Reservations() {
    }

    static int asset(SymbolSpec symbol, Side side) {
        return side == Side.BUY ? symbol.quote().assetId() : symbol.base().assetId();
    }

    /** The amount a resting order of this size holds, or -1 when it does not fit a long. */
    static long held(SymbolSpec symbol, Side side, long price, long quantity) {
        return side == Side.BUY ? symbol.buyReserve(price, quantity) : symbol.baseUnits(quantity);
    }

    /** Gives back what a resting order held. */
    static void release(SymbolSpec symbol, Account account, Side side, long price, long quantity) {
        account.release(asset(symbol, side), held(symbol, side, price, quantity));
    }
}
