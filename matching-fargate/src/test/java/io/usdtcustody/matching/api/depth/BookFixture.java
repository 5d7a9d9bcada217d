package io.usdtcustody.matching.api.depth;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Real engines with one symbol and one funded account, for reading real books in the depth tests. */
final class BookFixture {
    static final int SYMBOL = 0;
    static final long ACCOUNT = 42;
    private static final AtomicLong ORDER_IDS = new AtomicLong();

    private BookFixture() {
    }

    /** A GTC limit order of {@link #ACCOUNT}, with the next order id. */
    static Command order(Side side, long price, long quantity) {
        return new Command().place(1, ORDER_IDS.incrementAndGet(), ACCOUNT, SYMBOL, side, OrderType.LIMIT,
                TimeInForce.GTC, false, price, quantity);
    }

    /** An engine with symbol BTC-USDT (tick and lot 1), {@link #ACCOUNT} funded in both assets, and these orders. */
    static MatchingEngine engineWith(Command... orders) {
        MatchingEngine engine = new MatchingEngine(EngineConfig.DEFAULT);
        List<Command> setup = List.of(new Command().addAsset(0, 0, "USDT", 6), new Command().addAsset(0, 1, "BTC", 8),
                new Command().addSymbol(0, SYMBOL, "BTC-USDT", 1, 0, 2, 4, 1, 1, 0, 0),
                new Command().transfer(CommandType.DEPOSIT, 0, ACCOUNT, 0, 1_000_000_000_000L, 1, 1),
                new Command().transfer(CommandType.DEPOSIT, 0, ACCOUNT, 1, 1_000_000_000_000L, 1, 2));
        for (Command command : setup) {
            assertThat(engine.execute(command, EngineEvents.NONE)).isEqualTo(ResultCode.SUCCESS);
        }
        for (Command command : orders) {
            execute(engine, command);
        }
        return engine;
    }

    static void execute(MatchingEngine engine, Command command) {
        assertThat(engine.execute(command, EngineEvents.NONE)).isEqualTo(ResultCode.SUCCESS);
    }
}
