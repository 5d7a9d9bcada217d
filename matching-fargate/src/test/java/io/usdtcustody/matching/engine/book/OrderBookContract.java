package io.usdtcustody.matching.engine.book;

import static io.usdtcustody.matching.engine.api.SelfTradePrevention.CANCEL_BOTH;
import static io.usdtcustody.matching.engine.api.SelfTradePrevention.CANCEL_INCOMING;
import static io.usdtcustody.matching.engine.api.SelfTradePrevention.CANCEL_RESTING;
import static io.usdtcustody.matching.engine.api.Side.BUY;
import static io.usdtcustody.matching.engine.api.Side.SELL;
import static io.usdtcustody.matching.engine.api.TimeInForce.FOK;
import static io.usdtcustody.matching.engine.api.TimeInForce.GTC;
import static io.usdtcustody.matching.engine.api.TimeInForce.IOC;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one specification both order books must meet (as exchange-core's OrderBookBaseTest does): each book
 * implementation extends this class and runs every test.
 */
abstract class OrderBookContract {
    private static final long ALICE = 1;
    private static final long BOB = 2;
    private static final long CAROL = 3;

    private OrderBook book;
    private final List<String> fills = new ArrayList<>();
    private final MatchResult result = new MatchResult();
    private final MatchListener listener = new MatchListener() {
        @Override
        public void onFill(long makerOrderId, long makerAccountId, long price, long quantity, long makerRemaining) {
            fills.add("fill " + makerOrderId + " " + quantity + "@" + price + " left " + makerRemaining);
        }

        @Override
        public void onRestingCancelled(long orderId, long accountId, long price, long remaining) {
            fills.add("stp-cancel " + orderId + " left " + remaining);
        }
    };

    protected abstract OrderBook newBook();

    @BeforeEach
    void setUp() {
        book = newBook();
    }

    private MatchResult place(long id, long account, Side side, long price, long qty, TimeInForce tif) {
        return place(id, account, side, price, qty, tif, false, CANCEL_INCOMING);
    }

    private MatchResult place(long id, long account, Side side, long price, long qty, TimeInForce tif,
            boolean postOnly, SelfTradePrevention stp) {
        fills.clear();
        book.place(id, account, side, price, qty, tif, postOnly, id * 10, stp, listener, result);
        return result;
    }

    private List<String> restingIds() {
        List<String> ids = new ArrayList<>();
        book.forEachOrder(o -> ids.add(o.side() + " " + o.orderId() + " " + o.remaining() + "@" + o.price()));
        return ids;
    }

    @Test
    void place_shouldRestGtc_whenNothingCrosses() {
        place(1, ALICE, BUY, 100, 5, GTC);
        place(2, BOB, SELL, 101, 7, GTC);

        assertThat(result.outcome).isEqualTo(MatchOutcome.RESTED);
        assertThat(book.bestBid()).isEqualTo(100);
        assertThat(book.bestAsk()).isEqualTo(101);
        assertThat(book.orderCount()).isEqualTo(2);
        assertThat(fills).isEmpty();
    }

    @Test
    void place_shouldTradeAtMakerPriceOldestFirst_whenCrossing() {
        place(1, ALICE, SELL, 100, 5, GTC);
        place(2, BOB, SELL, 100, 5, GTC);
        place(3, ALICE, SELL, 99, 2, GTC);

        place(4, CAROL, BUY, 105, 8, GTC);

        assertThat(fills).containsExactly("fill 3 2@99 left 0", "fill 1 5@100 left 0", "fill 2 1@100 left 4");
        assertThat(result.outcome).isEqualTo(MatchOutcome.FILLED);
        assertThat(restingIds()).containsExactly("SELL 2 4@100");
    }

    @Test
    void place_shouldRestRemainderAtItsLimit_whenGtcSweepsTheBook() {
        place(1, ALICE, BUY, 100, 3, GTC);
        place(2, BOB, BUY, 99, 3, GTC);

        place(3, CAROL, SELL, 99, 10, GTC);

        assertThat(fills).containsExactly("fill 1 3@100 left 0", "fill 2 3@99 left 0");
        assertThat(result.outcome).isEqualTo(MatchOutcome.RESTED);
        assertThat(result.remaining).isEqualTo(4);
        assertThat(book.bestAsk()).isEqualTo(99);
        assertThat(book.bestBid()).isEqualTo(OrderBook.NO_PRICE);
    }

    @Test
    void place_shouldDropRemainder_whenIoc() {
        place(1, ALICE, SELL, 100, 3, GTC);

        place(2, BOB, BUY, 100, 5, IOC);

        assertThat(fills).containsExactly("fill 1 3@100 left 0");
        assertThat(result.outcome).isEqualTo(MatchOutcome.IMMEDIATE_REMAINDER_DROPPED);
        assertThat(result.remaining).isEqualTo(2);
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void place_shouldTradeNothing_whenFokCannotFillCompletely() {
        place(1, ALICE, SELL, 100, 3, GTC);
        place(2, ALICE, SELL, 102, 3, GTC);

        place(3, BOB, BUY, 101, 4, FOK);

        assertThat(fills).isEmpty();
        assertThat(result.outcome).isEqualTo(MatchOutcome.FILL_OR_KILL_KILLED);
        assertThat(result.remaining).isEqualTo(4);
        assertThat(restingIds()).containsExactly("SELL 1 3@100", "SELL 2 3@102");
    }

    @Test
    void place_shouldFillCompletely_whenFokCan() {
        place(1, ALICE, SELL, 100, 3, GTC);
        place(2, CAROL, SELL, 102, 3, GTC);

        place(3, BOB, BUY, 102, 6, FOK);

        assertThat(result.outcome).isEqualTo(MatchOutcome.FILLED);
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void place_shouldTakeEveryLevel_whenMarket() {
        place(1, ALICE, BUY, 100, 3, GTC);
        place(2, ALICE, BUY, 1, 3, GTC);

        place(3, BOB, SELL, OrderBook.MARKET_SELL_LIMIT, 10, IOC);

        assertThat(fills).containsExactly("fill 1 3@100 left 0", "fill 2 3@1 left 0");
        assertThat(result.remaining).isEqualTo(4);
        assertThat(result.outcome).isEqualTo(MatchOutcome.IMMEDIATE_REMAINDER_DROPPED);
    }

    @Test
    void place_shouldKillPostOnly_whenItWouldCross_andRestItOtherwise() {
        place(1, ALICE, SELL, 100, 3, GTC);

        place(2, BOB, BUY, 100, 1, GTC, true, CANCEL_INCOMING);
        assertThat(result.outcome).isEqualTo(MatchOutcome.POST_ONLY_KILLED);
        assertThat(fills).isEmpty();

        place(3, BOB, BUY, 99, 1, GTC, true, CANCEL_INCOMING);
        assertThat(result.outcome).isEqualTo(MatchOutcome.RESTED);
        assertThat(book.find(3).postOnly()).isTrue();
    }

    @Test
    void place_shouldStopAndDropIncoming_whenSelfTradeAndCancelIncoming() {
        place(1, BOB, SELL, 100, 2, GTC);
        place(2, ALICE, SELL, 100, 2, GTC);
        place(3, BOB, SELL, 100, 2, GTC);

        place(4, ALICE, BUY, 100, 5, GTC);

        assertThat(fills).containsExactly("fill 1 2@100 left 0");
        assertThat(result.outcome).isEqualTo(MatchOutcome.SELF_TRADE_DROPPED);
        assertThat(result.remaining).isEqualTo(3);
        assertThat(restingIds()).containsExactly("SELL 2 2@100", "SELL 3 2@100");
    }

    @Test
    void place_shouldCancelRestingAndGoOn_whenSelfTradeAndCancelResting() {
        place(1, ALICE, SELL, 100, 2, GTC);
        place(2, BOB, SELL, 100, 2, GTC);

        place(3, ALICE, BUY, 100, 2, GTC, false, CANCEL_RESTING);

        assertThat(fills).containsExactly("stp-cancel 1 left 2", "fill 2 2@100 left 0");
        assertThat(result.outcome).isEqualTo(MatchOutcome.FILLED);
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void place_shouldCancelBoth_whenSelfTradeAndCancelBoth() {
        place(1, BOB, SELL, 99, 1, GTC);
        place(2, ALICE, SELL, 100, 2, GTC);
        place(3, BOB, SELL, 100, 2, GTC);

        place(4, ALICE, BUY, 100, 5, GTC, false, CANCEL_BOTH);

        assertThat(fills).containsExactly("fill 1 1@99 left 0", "stp-cancel 2 left 2");
        assertThat(result.outcome).isEqualTo(MatchOutcome.SELF_TRADE_DROPPED);
        assertThat(result.remaining).isEqualTo(4);
        assertThat(restingIds()).containsExactly("SELL 3 2@100");
    }

    @Test
    void place_shouldKillFok_whenOwnOrderBlocksUnderCancelIncoming_butSkipItUnderCancelResting() {
        place(1, ALICE, SELL, 100, 2, GTC);
        place(2, BOB, SELL, 100, 2, GTC);

        place(3, ALICE, BUY, 100, 2, FOK, false, CANCEL_INCOMING);
        assertThat(result.outcome).isEqualTo(MatchOutcome.FILL_OR_KILL_KILLED);
        assertThat(book.orderCount()).isEqualTo(2);

        place(4, ALICE, BUY, 100, 2, FOK, false, CANCEL_RESTING);
        assertThat(result.outcome).isEqualTo(MatchOutcome.FILLED);
        assertThat(fills).containsExactly("stp-cancel 1 left 2", "fill 2 2@100 left 0");
    }

    @Test
    void reduce_shouldKeepPriority_andRemoveShouldFreeTheLevel() {
        place(1, ALICE, SELL, 100, 5, GTC);
        place(2, BOB, SELL, 100, 5, GTC);

        assertThat(book.reduce(1, 2)).isTrue();
        assertThat(book.reduce(1, 3)).isFalse();
        place(3, CAROL, BUY, 100, 3, IOC);
        assertThat(fills).containsExactly("fill 1 2@100 left 0", "fill 2 1@100 left 4");

        assertThat(book.remove(2)).isTrue();
        assertThat(book.remove(2)).isFalse();
        assertThat(book.bestAsk()).isEqualTo(OrderBook.NO_PRICE);
        assertThat(book.find(2)).isNull();
    }

    @Test
    void probe_shouldReportFillableQuantityAndCost_withoutChangingTheBook() {
        place(1, ALICE, SELL, 100, 2, GTC);
        place(2, ALICE, SELL, 101, 2, GTC);
        FillProbe probe = new FillProbe();

        book.probe(BUY, 101, 3, BOB, CANCEL_INCOMING, probe);

        assertThat(probe.quantity).isEqualTo(3);
        assertThat(probe.priceTimesQuantity).isEqualTo(2 * 100 + 101);
        assertThat(book.orderCount()).isEqualTo(2);
    }

    @Test
    void forEachOrder_shouldListBidsThenAsksBestFirstOldestFirst() {
        place(1, ALICE, BUY, 98, 1, GTC);
        place(2, ALICE, BUY, 99, 1, GTC);
        place(3, BOB, BUY, 99, 1, GTC);
        place(4, BOB, SELL, 102, 1, GTC);
        place(5, BOB, SELL, 101, 1, GTC);
        book.restore(6, CAROL, SELL, 101, 4, 0, false);

        assertThat(restingIds()).containsExactly("BUY 2 1@99", "BUY 3 1@99", "BUY 1 1@98", "SELL 5 1@101",
                "SELL 6 4@101", "SELL 4 1@102");
    }
}
