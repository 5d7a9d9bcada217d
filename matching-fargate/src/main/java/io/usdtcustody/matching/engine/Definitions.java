package io.usdtcustody.matching.engine;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.state.EngineState;

/** ADD_ASSET and ADD_SYMBOL: defines instruments and opens a book for each new symbol. */
final class Definitions {
    private final EngineState state;

    Definitions(EngineState state) {
        this.state = state;
    }

    ResultCode apply(Command c, EngineEvents events) {
        ResultCode code;
        if (c.type == CommandType.ADD_ASSET) {
            code = state.instruments().addAsset(c.assetId, c.name, c.assetScale);
            if (code == ResultCode.SUCCESS) {
                state.assetAdded(c.assetId);
            }
        } else {
            code = state.instruments().addSymbol(c.symbolId, c.name, c.baseAssetId, c.quoteAssetId, c.priceScale,
                    c.quantityScale, c.tick, c.lot, c.makerFeeBps, c.takerFeeBps);
            if (code == ResultCode.SUCCESS) {
                state.openBook(c.symbolId);
            }
        }
        if (code == ResultCode.SUCCESS) {
            events.defined(c);
        }
        return code;
    }
}
