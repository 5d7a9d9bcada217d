package io.usdtcustody.matching.engine.order;

import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import io.usdtcustody.matching.engine.book.FillProbe;
import io.usdtcustody.matching.engine.book.MatchOutcome;
import io.usdtcustody.matching.engine.book.MatchResult;
import io.usdtcustody.matching.engine.book.OrderBook;
import io.usdtcustody.matching.engine.book.RestingOrder;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.matching.engine.risk.Account;
import io.usdtcustody.matching.engine.risk.OrderRateLimiter;
import io.usdtcustody.matching.engine.state.EngineState;

/**
 * Places, cancels and amends orders: validation, pre-trade risk (funds reserved before the book sees the
 * order, released as it fills or leaves), rate limits, then the book. Every check happens before anything
 * changes, so a refused command leaves the state exactly as it was.
 */
public final class OrderDesk {
    private final EngineState state;
    private final SelfTradePrevention selfTradePrevention;
    private final OrderRateLimiter rateLimiter;
    private final FillSettlement settlement;
    private final MatchResult result = new MatchResult();
    private final FillProbe probe = new FillProbe();

    public OrderDesk(EngineState state) {
        this.state = state;
        this.selfTradePrevention = state.config().selfTradePrevention();
        this.rateLimiter = new OrderRateLimiter(state.config().maxOrdersPerSecondPerAccount());
        this.settlement = new FillSettlement(state.accounts(), state.feeAccount());
    }

    public ResultCode place(Command c, EngineEvents events) {
        SymbolSpec symbol = state.instruments().symbol(c.symbolId);
        if (symbol == null) {
            return ResultCode.UNKNOWN_SYMBOL;
        }
        if (c.side == null || c.orderType == null) {
            return ResultCode.INVALID_ORDER;
        }
        boolean market = c.orderType == OrderType.MARKET;
        TimeInForce tif = market ? TimeInForce.IOC : c.timeInForce == null ? TimeInForce.GTC : c.timeInForce;
        if (c.postOnly && (market || tif != TimeInForce.GTC)) {
            return ResultCode.INVALID_ORDER;
        }
        ResultCode code = OrderChecks.quantity(symbol, c.quantity);
        if (code == ResultCode.SUCCESS && !market) {
            code = OrderChecks.limit(symbol, c.side, c.price, c.quantity);
        }
        if (code != ResultCode.SUCCESS) {
            return code;
        }
        if (c.orderId <= state.lastOrderId()) {
            return ResultCode.DUPLICATE_ORDER_ID;
        }
        Account account = state.accounts().get(c.accountId);
        if (account == null) {
            return ResultCode.INSUFFICIENT_FUNDS;
        }
        OrderBook book = state.book(c.symbolId);
        long limit = market ? (c.side == Side.BUY ? OrderBook.MARKET_BUY_LIMIT : OrderBook.MARKET_SELL_LIMIT) : c.price;
        long reserve = market && c.side == Side.BUY
                ? marketBuyCost(symbol, book, c.accountId, c.quantity)
                : Reservations.held(symbol, c.side, c.price, c.quantity);
        int asset = Reservations.asset(symbol, c.side);
        if (reserve < 0 || account.available(asset) < reserve) {
            return ResultCode.INSUFFICIENT_FUNDS;
        }
        if (!rateLimiter.tryAcquire(account, c.timestampNanos)) {
            return ResultCode.RATE_LIMITED;
        }
        account.reserve(asset, reserve);
        state.lastOrderId(c.orderId);
        events.orderAccepted(c.symbolId, c.orderId, c.accountId);
        enter(symbol, book, account, c.orderId, c.side, limit, c.quantity, tif, c.postOnly, c.timestampNanos,
                reserve, events);
        return ResultCode.SUCCESS;
    }

    /** What a market buy would spend on the liquidity it would take now (fees included), or -1. */
    private long marketBuyCost(SymbolSpec symbol, OrderBook book, long accountId, long quantity) {
        book.probe(Side.BUY, OrderBook.MARKET_BUY_LIMIT, quantity, accountId, selfTradePrevention, probe);
        long notional = symbol.notionalOf(probe.priceTimesQuantity);
        return notional < 0 ? -1 : notional + symbol.takerFee(notional);
    }

    /** Runs a funded order through the book and gives back whatever of its reservation it no longer needs. */
    private void enter(SymbolSpec symbol, OrderBook book, Account account, long orderId, Side side, long limit,
            long quantity, TimeInForce tif, boolean postOnly, long timestampNanos, long reserved,
            EngineEvents events) {
        settlement.begin(symbol, account, orderId, side, events);
        book.place(orderId, account.accountId(), side, limit, quantity, tif, postOnly, timestampNanos,
                selfTradePrevention, settlement, result);
        long stillHeld = result.outcome == MatchOutcome.RESTED
                ? Reservations.held(symbol, side, limit, result.remaining) : 0;
        long unused = reserved - settlement.takerSpent() - stillHeld;
        if (unused != 0) {
            account.release(Reservations.asset(symbol, side), unused);
        }
        CancelReason reason = switch (result.outcome) {
            case FILLED, RESTED -> null;
            case IMMEDIATE_REMAINDER_DROPPED -> CancelReason.IMMEDIATE_OR_CANCEL;
            case FILL_OR_KILL_KILLED -> CancelReason.FILL_OR_KILL;
            case POST_ONLY_KILLED -> CancelReason.POST_ONLY_WOULD_TAKE;
            case SELF_TRADE_DROPPED -> CancelReason.SELF_TRADE;
        };
        if (reason != null) {
            events.orderCancelled(symbol.symbolId(), orderId, account.accountId(), result.remaining, reason);
        }
    }

    /** The resting order the command names, if it rests in that symbol's book and belongs to that account. */
    private RestingOrder ownedRestingOrder(Command c) {
        OrderBook book = state.book(c.symbolId);
        RestingOrder order = book == null ? null : book.find(c.orderId);
        return order == null || order.accountId() != c.accountId ? null : order;
    }

    public ResultCode cancel(Command c, EngineEvents events) {
        RestingOrder order = ownedRestingOrder(c);
        if (order == null) {
            return ResultCode.ORDER_NOT_RESTING;
        }
        OrderBook book = state.book(c.symbolId);
        SymbolSpec symbol = state.instruments().symbol(c.symbolId);
        Side side = order.side();
        long price = order.price();
        long remaining = order.remaining();
        book.remove(c.orderId);
        Reservations.release(symbol, state.accounts().get(c.accountId), side, price, remaining);
        events.orderCancelled(c.symbolId, c.orderId, c.accountId, remaining, CancelReason.CANCELLED_BY_ACCOUNT);
        return ResultCode.SUCCESS;
    }

    /**
     * Changes a resting order's price and open quantity. Only lowering the quantity at the same price keeps
     * its place in the queue; anything else takes it out and enters it again as a new GTC order under the same
     * id (it may trade at once, and a post-only order that would trade is refused and left as it was).
     */
    public ResultCode amend(Command c, EngineEvents events) {
        RestingOrder order = ownedRestingOrder(c);
        if (order == null) {
            return ResultCode.ORDER_NOT_RESTING;
        }
        OrderBook book = state.book(c.symbolId);
        SymbolSpec symbol = state.instruments().symbol(c.symbolId);
        Side side = order.side();
        ResultCode code = OrderChecks.quantity(symbol, c.quantity);
        if (code == ResultCode.SUCCESS) {
            code = OrderChecks.limit(symbol, side, c.price, c.quantity);
        }
        if (code != ResultCode.SUCCESS) {
            return code;
        }
        Account account = state.accounts().get(c.accountId);
        int asset = Reservations.asset(symbol, side);
        long oldHeld = Reservations.held(symbol, side, order.price(), order.remaining());
        long newHeld = Reservations.held(symbol, side, c.price, c.quantity);
        boolean keepsPriority = c.price == order.price() && c.quantity <= order.remaining();
        if (!keepsPriority && account.available(asset) + oldHeld < newHeld) {
            return ResultCode.INSUFFICIENT_FUNDS;
        }
        if (!keepsPriority && order.postOnly() && book.wouldCross(side, c.price)) {
            return ResultCode.POST_ONLY_WOULD_TAKE;
        }
        if (!rateLimiter.tryAcquire(account, c.timestampNanos)) {
            return ResultCode.RATE_LIMITED;
        }
        events.orderAmended(c.symbolId, c.orderId, c.accountId, c.price, c.quantity, keepsPriority);
        if (keepsPriority) {
            book.reduce(c.orderId, c.quantity);
            account.release(asset, oldHeld - newHeld);
            return ResultCode.SUCCESS;
        }
        boolean postOnly = order.postOnly();
        book.remove(c.orderId);
        account.release(asset, oldHeld);
        account.reserve(asset, newHeld);
        enter(symbol, book, account, c.orderId, side, c.price, c.quantity, TimeInForce.GTC, postOnly,
                c.timestampNanos, newHeld, events);
        return ResultCode.SUCCESS;
    }
}
