package io.usdtcustody.matching.engine;

import static io.usdtcustody.matching.engine.api.OrderType.LIMIT;
import static io.usdtcustody.matching.engine.api.OrderType.MARKET;
import static io.usdtcustody.matching.engine.api.Side.BUY;
import static io.usdtcustody.matching.engine.api.Side.SELL;
import static io.usdtcustody.matching.engine.api.TimeInForce.FOK;
import static io.usdtcustody.matching.engine.api.TimeInForce.GTC;
import static io.usdtcustody.matching.engine.api.TimeInForce.IOC;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's money rules on one symbol, BTC-USDT: price scale 2 (tick 0.01), quantity scale 4 (lot 0.0001),
 * USDT with 6 decimals and BTC with 8; maker fee 10 bps, taker fee 20 bps; fees to account 0.
 */
class MatchingEngineTest {
    static final int USDT = 0;
    static final int BTC = 1;
    static final int SYMBOL = 0;
    static final long FEES = 0;
    static final long ALICE = 1;
    static final long BOB = 2;
    static final long USDT_UNIT = 1_000_000L;
    static final long BTC_UNIT = 100_000_000L;

    private MatchingEngine engine;
    private final RecordingEvents events = new RecordingEvents();
    private final Command command = new Command();
    private long transferId;
    private long time = 1_000_000_000_000L;

    @BeforeEach
    void setUp() {
        newEngine(EngineConfig.DEFAULT);
    }

    private void newEngine(EngineConfig config) {
        engine = new MatchingEngine(config);
        run(command.addAsset(0, USDT, "USDT", 6));
        run(command.addAsset(0, BTC, "BTC", 8));
        run(command.addSymbol(0, SYMBOL, "BTC-USDT", BTC, USDT, 2, 4, 1, 1, 10, 20));
        deposit(ALICE, USDT, 100_000 * USDT_UNIT);
        deposit(BOB, BTC, 10 * BTC_UNIT);
        events.drain();
    }

    private ResultCode run(Command c) {
        return engine.execute(c, events);
    }

    private ResultCode deposit(long account, int asset, long amount) {
        return run(command.transfer(CommandType.DEPOSIT, time, account, asset, amount, 0, ++transferId));
    }

    private ResultCode place(long id, long account, Side side, OrderType type, TimeInForce tif, long price, long qty) {
        return run(command.place(time, id, account, SYMBOL, side, type, tif, false, price, qty));
    }

    /** 30,000.00 USDT per BTC in price units. */
    private static long usd(long whole) {
        return whole * 100;
    }

    @Test
    void place_shouldReserveNotionalPlusMaxFee_whenBuyRests() {
        assertThat(place(1, ALICE, BUY, LIMIT, GTC, usd(30_000), 5_000)).isEqualTo(ResultCode.SUCCESS);

        long notional = 15_000 * USDT_UNIT;
        long fee = notional * 20 / 10_000;
        assertThat(engine.reserved(ALICE, USDT)).isEqualTo(notional + fee);
        assertThat(engine.available(ALICE, USDT)).isEqualTo(100_000 * USDT_UNIT - notional - fee);
        assertThat(events.lines()).containsExactly("accepted 1");
    }

    @Test
    void cancel_shouldReleaseEverything_whenOrderRests() {
        place(1, ALICE, BUY, LIMIT, GTC, usd(30_000), 5_000);

        assertThat(run(command.cancel(time, 1, ALICE, SYMBOL))).isEqualTo(ResultCode.SUCCESS);

        assertThat(engine.reserved(ALICE, USDT)).isZero();
        assertThat(engine.available(ALICE, USDT)).isEqualTo(100_000 * USDT_UNIT);
        assertThat(events.lines()).containsExactly("accepted 1", "cancelled 1 5000 CANCELLED_BY_ACCOUNT");
    }

    @Test
    void fill_shouldSettleBothSidesAndCreditFees_atTheMakerPrice() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 10_000);
        place(2, ALICE, BUY, LIMIT, IOC, usd(31_000), 5_000);

        long notional = 15_000 * USDT_UNIT;
        long takerFee = notional * 20 / 10_000;
        long makerFee = notional * 10 / 10_000;
        assertThat(events.lines()).containsExactly("accepted 1", "accepted 2",
                "trade 2x1 BUY 5000@3000000 fees " + takerFee + "/" + makerFee);
        assertThat(engine.available(ALICE, BTC)).isEqualTo(BTC_UNIT / 2);
        assertThat(engine.available(ALICE, USDT)).isEqualTo(100_000 * USDT_UNIT - notional - takerFee);
        assertThat(engine.reserved(ALICE, USDT)).isZero();
        assertThat(engine.available(BOB, USDT)).isEqualTo(notional - makerFee);
        assertThat(engine.reserved(BOB, BTC)).isEqualTo(BTC_UNIT / 2);
        assertThat(engine.available(FEES, USDT)).isEqualTo(takerFee + makerFee);
    }

    @Test
    void fill_shouldReleaseTheRightShare_whenARestingBuyIsTakenInParts() {
        place(1, ALICE, BUY, LIMIT, GTC, usd(30_000), 10_000);
        place(2, BOB, SELL, LIMIT, IOC, usd(29_000), 3_333);
        place(3, BOB, SELL, LIMIT, IOC, usd(29_000), 3_333);
        run(command.cancel(time, 1, ALICE, SYMBOL));

        assertThat(engine.reserved(ALICE, USDT)).isZero();
        long paid = 100_000 * USDT_UNIT - engine.available(ALICE, USDT);
        long notional = 2 * 3_333L * 3_000_000L * 1;
        assertThat(paid).isEqualTo(notional + 2 * (3_333L * 3_000_000L * 10 / 10_000));
        assertThat(engine.available(ALICE, BTC)).isEqualTo(2 * 3_333L * 10_000L);
        assertThat(engine.available(BOB, USDT)).isEqualTo(notional - 2 * (3_333L * 3_000_000L * 20 / 10_000));
    }

    @Test
    void place_shouldBeRejectedAndChangeNothing_whenUnfundable() {
        String before = engine.stateHash();

        assertThat(place(1, ALICE, BUY, LIMIT, GTC, usd(30_000), 40_000)).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        assertThat(place(2, ALICE, SELL, LIMIT, GTC, usd(30_000), 1)).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        assertThat(place(3, 99, SELL, LIMIT, GTC, usd(30_000), 1)).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);

        assertThat(engine.stateHash()).isEqualTo(before);
        assertThat(events.lines()).containsExactly("rejected PLACE 1 INSUFFICIENT_FUNDS",
                "rejected PLACE 2 INSUFFICIENT_FUNDS", "rejected PLACE 3 INSUFFICIENT_FUNDS");
    }

    @Test
    void place_shouldBeRejected_whenOffTickOffLotOrDuplicate() {
        newEngine(new EngineConfig(EngineConfig.DEFAULT.selfTradePrevention(), 0, FEES, 16, 16));
        run(command.addSymbol(0, 1, "BTC-USDT-5", BTC, USDT, 2, 4, 5, 10, 0, 0));

        assertThat(run(command.place(time, 1, ALICE, 1, BUY, LIMIT, GTC, false, 1003, 10)))
                .isEqualTo(ResultCode.PRICE_NOT_ON_TICK);
        assertThat(run(command.place(time, 1, ALICE, 1, BUY, LIMIT, GTC, false, 1005, 15)))
                .isEqualTo(ResultCode.QUANTITY_NOT_ON_LOT);
        assertThat(run(command.place(time, 1, ALICE, 1, BUY, LIMIT, GTC, false, 0, 10)))
                .isEqualTo(ResultCode.INVALID_PRICE);
        assertThat(run(command.place(time, 1, ALICE, 7, BUY, LIMIT, GTC, false, 1005, 10)))
                .isEqualTo(ResultCode.UNKNOWN_SYMBOL);
        assertThat(run(command.place(time, 1, ALICE, 1, BUY, LIMIT, GTC, false, 1005, 10)))
                .isEqualTo(ResultCode.SUCCESS);
        assertThat(run(command.place(time, 1, ALICE, 1, BUY, LIMIT, GTC, false, 1005, 10)))
                .isEqualTo(ResultCode.DUPLICATE_ORDER_ID);
    }

    @Test
    void cancel_shouldBeRejected_whenNotRestingOrNotTheOwner() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 10);

        assertThat(run(command.cancel(time, 1, ALICE, SYMBOL))).isEqualTo(ResultCode.ORDER_NOT_RESTING);
        assertThat(run(command.cancel(time, 5, BOB, SYMBOL))).isEqualTo(ResultCode.ORDER_NOT_RESTING);
        assertThat(run(command.cancel(time, 1, BOB, SYMBOL))).isEqualTo(ResultCode.SUCCESS);
        assertThat(run(command.cancel(time, 1, BOB, SYMBOL))).isEqualTo(ResultCode.ORDER_NOT_RESTING);
    }

    @Test
    void fok_shouldTradeNothingAndReportWholeQuantity_whenItCannotFill() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 100);

        place(2, ALICE, BUY, LIMIT, FOK, usd(30_000), 101);

        assertThat(events.lines()).containsExactly("accepted 1", "accepted 2", "cancelled 2 101 FILL_OR_KILL");
        assertThat(engine.reserved(ALICE, USDT)).isZero();
        assertThat(engine.available(ALICE, USDT)).isEqualTo(100_000 * USDT_UNIT);
    }

    @Test
    void market_shouldTakeLiquidityAndCancelTheRest_andBeRejectedWhenItCannotPay() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 10_000);
        place(2, BOB, SELL, LIMIT, GTC, usd(40_000), 20_000);

        // 1 BTC at 30,000 and 2 at 40,000 cost 110,000 USDT: more than Alice has
        assertThat(place(3, ALICE, BUY, MARKET, null, 0, 30_000)).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        assertThat(place(4, ALICE, BUY, MARKET, GTC, 0, 12_000)).isEqualTo(ResultCode.SUCCESS);

        assertThat(events.drain()).endsWith("trade 4x1 BUY 10000@3000000 fees 60000000/30000000",
                "trade 4x2 BUY 2000@4000000 fees 16000000/8000000");
        assertThat(engine.reserved(ALICE, USDT)).isZero();
        place(5, ALICE, SELL, MARKET, null, 0, 5_000);
        assertThat(events.drain()).containsExactly("accepted 5", "cancelled 5 5000 IMMEDIATE_OR_CANCEL");
    }

    @Test
    void postOnly_shouldBeCancelledUntraded_whenItWouldTake() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 10);

        run(command.place(time, 2, ALICE, SYMBOL, BUY, LIMIT, GTC, true, usd(30_000), 10));
        run(command.place(time, 3, ALICE, SYMBOL, BUY, LIMIT, IOC, true, usd(29_000), 10));

        assertThat(events.lines()).containsExactly("accepted 1", "accepted 2", "cancelled 2 10 POST_ONLY_WOULD_TAKE",
                "rejected PLACE 3 INVALID_ORDER");
        assertThat(engine.reserved(ALICE, USDT)).isZero();
    }

    @Test
    void selfTrade_shouldCancelTheIncomingRemainder_byDefault() {
        deposit(BOB, USDT, 100_000 * USDT_UNIT);
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 10);

        place(2, BOB, BUY, LIMIT, GTC, usd(30_000), 30);

        assertThat(events.lines()).endsWith("accepted 2", "cancelled 2 30 SELF_TRADE");
        assertThat(engine.book(SYMBOL).orderCount()).isEqualTo(1);
        assertThat(engine.reserved(BOB, USDT)).isZero();
    }

    @Test
    void amend_shouldKeepPriority_onlyWhenQuantityGoesDownAtTheSamePrice() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 100);
        place(2, BOB, SELL, LIMIT, GTC, usd(30_000), 100);
        run(command.amend(time, 1, BOB, SYMBOL, usd(30_000), 50));
        run(command.amend(time, 2, BOB, SYMBOL, usd(30_000), 100));
        assertThat(engine.reserved(BOB, BTC)).isEqualTo(150 * 10_000);

        place(3, ALICE, BUY, LIMIT, IOC, usd(30_000), 60);
        assertThat(events.drain()).endsWith("trade 3x1 BUY 50@3000000 fees 300000/150000",
                "trade 3x2 BUY 10@3000000 fees 60000/30000");

        run(command.amend(time, 2, BOB, SYMBOL, usd(30_000), 85));
        place(4, BOB, SELL, LIMIT, GTC, usd(30_000), 10);
        run(command.amend(time, 2, BOB, SYMBOL, usd(30_000), 100));
        place(5, ALICE, BUY, LIMIT, IOC, usd(30_000), 10);
        assertThat(events.drain()).containsExactly("amended 2 85@3000000 kept", "accepted 4",
                "amended 2 100@3000000 moved", "accepted 5", "trade 5x4 BUY 10@3000000 fees 60000/30000");
    }

    @Test
    void amend_shouldTradeAtOnce_whenTheNewPriceCrosses_andLeaveTheOrderAsItWasWhenUnfundable() {
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 100);
        place(2, ALICE, BUY, LIMIT, GTC, usd(29_000), 100);

        assertThat(run(command.amend(time, 2, ALICE, SYMBOL, usd(30_000), 1_000_000)))
                .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        assertThat(engine.book(SYMBOL).find(2).price()).isEqualTo(usd(29_000));
        run(command.amend(time, 2, ALICE, SYMBOL, usd(30_000), 150));

        assertThat(events.drain()).endsWith("amended 2 150@3000000 moved", "trade 2x1 BUY 100@3000000 fees 600000/300000");
        assertThat(engine.book(SYMBOL).find(2).remaining()).isEqualTo(50);
        assertThat(engine.reserved(ALICE, USDT)).isEqualTo(50L * 3_000_000L + 50L * 3_000_000L * 20 / 10_000);
    }

    @Test
    void rateLimit_shouldRefuseOrdersOverTheLimitWithinOneSecond_butNeverCancels() {
        newEngine(EngineConfig.DEFAULT.withMaxOrdersPerSecondPerAccount(2));
        place(1, BOB, SELL, LIMIT, GTC, usd(30_000), 1);
        place(2, BOB, SELL, LIMIT, GTC, usd(30_000), 1);
        assertThat(place(3, BOB, SELL, LIMIT, GTC, usd(30_000), 1)).isEqualTo(ResultCode.RATE_LIMITED);
        assertThat(run(command.cancel(time, 2, BOB, SYMBOL))).isEqualTo(ResultCode.SUCCESS);

        time += 1_000_000_000L;
        assertThat(place(3, BOB, SELL, LIMIT, GTC, usd(30_000), 1)).isEqualTo(ResultCode.SUCCESS);
    }

    @Test
    void transfers_shouldApplyEachIdOnce_andWithdrawOnlyWhatIsAvailable() {
        Command deposit = new Command().transfer(CommandType.DEPOSIT, time, ALICE, BTC, 5, 7, 7);
        assertThat(run(deposit)).isEqualTo(ResultCode.SUCCESS);
        assertThat(run(deposit)).isEqualTo(ResultCode.TRANSFER_ALREADY_APPLIED);
        assertThat(engine.available(ALICE, BTC)).isEqualTo(5);

        Command withdraw = new Command().transfer(CommandType.WITHDRAW, time, ALICE, BTC, 6, 8, 8);
        assertThat(run(withdraw)).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        withdraw.amount = 5;
        assertThat(run(withdraw)).isEqualTo(ResultCode.SUCCESS);
        assertThat(run(withdraw)).isEqualTo(ResultCode.TRANSFER_ALREADY_APPLIED);
        assertThat(engine.available(ALICE, BTC)).isZero();
        assertThat(engine.netTransferredIn(BTC)).isEqualTo(10 * BTC_UNIT);
    }
}
