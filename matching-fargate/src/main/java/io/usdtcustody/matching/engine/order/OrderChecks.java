package io.usdtcustody.matching.engine.order;

import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;

/** Validation of an order's price and quantity against its symbol, as result codes. */
final class OrderChecks {
    private OrderChecks() {
    }

    static ResultCode quantity(SymbolSpec symbol, long quantity) {
        if (quantity <= 0) {
            return ResultCode.INVALID_QUANTITY;
        }
        if (quantity % symbol.lot() != 0) {
            return ResultCode.QUANTITY_NOT_ON_LOT;
        }
        return symbol.baseUnits(quantity) < 0 ? ResultCode.AMOUNT_TOO_LARGE : ResultCode.SUCCESS;
    }

    /** Checks a limit price, and that the order's notional and reservation fit the engine's longs. */
    static ResultCode limit(SymbolSpec symbol, Side side, long price, long quantity) {
        if (price <= 0) {
            return ResultCode.INVALID_PRICE;
        }
        if (price % symbol.tick() != 0) {
            return ResultCode.PRICE_NOT_ON_TICK;
        }
        return symbol.buyReserve(price, quantity) < 0 ? ResultCode.AMOUNT_TOO_LARGE : ResultCode.SUCCESS;
    }
}
