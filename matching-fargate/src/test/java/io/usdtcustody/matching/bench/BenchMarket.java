package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.ResultCode;

/**
 * The market every matching benchmark runs on: one symbol, BTC-USDT (tick 0.01, lot 0.0001, maker 10 bps,
 * taker 20 bps; USDT with 6 decimals, BTC with 8), and a few thousand accounts with balances deep enough
 * that no benchmark order is refused for funds.
 */
final class BenchMarket {
    static final int USDT = 0;
    static final int BTC = 1;
    static final int SYMBOL = 0;
    /** 30,000.00 in price units. */
    static final long MID_PRICE = 3_000_000;
    static final EngineConfig CONFIG = EngineConfig.DEFAULT.withExpectedOrdersPerBook(1 << 15);

    private BenchMarket() {
    }

    /** A fresh engine with the symbol defined and {@code accounts} accounts (ids 1..accounts) funded. */
    static MatchingEngine open(int accounts) {
        MatchingEngine engine = new MatchingEngine(CONFIG);
        Command c = new Command();
        require(engine.execute(c.addAsset(0, USDT, "USDT", 6), EngineEvents.NONE));
        require(engine.execute(c.addAsset(0, BTC, "BTC", 8), EngineEvents.NONE));
        require(engine.execute(c.addSymbol(0, SYMBOL, "BTC-USDT", BTC, USDT, 2, 4, 1, 1, 10, 20), EngineEvents.NONE));
        long transfer = 1;
        for (int account = 1; account <= accounts; account++) {
            require(engine.execute(c.transfer(CommandType.DEPOSIT, 0, account, USDT, 1_000_000_000_000_000L, 0,
                    transfer++), EngineEvents.NONE));
            require(engine.execute(c.transfer(CommandType.DEPOSIT, 0, account, BTC, 10_000_000_000_000L, 0,
                    transfer++), EngineEvents.NONE));
        }
        return engine;
    }

    private static void require(ResultCode code) {
        if (code != ResultCode.SUCCESS) {
            throw new IllegalStateException("benchmark market setup refused: " + code);
        }
    }
}
