package io.usdtcustody.matching.engine.book;

import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import io.usdtcustody.matching.engine.collections.LongObjectHashMap;

/**
 * The fast order book: each side a {@link LevelLadder} of price levels, each level an intrusive FIFO of pooled
 * {@link BookOrder}s, and a primitive hash map from order id to order. Once warm it allocates nothing: orders
 * and levels that leave the book go back to free lists and are reused.
 */
public final class PriceLadderOrderBook implements OrderBook {
    private final LevelLadder bids;
    private final LevelLadder asks;
    private final LongObjectHashMap<BookOrder> ordersById;
    private final FillProbe fokProbe = new FillProbe();
    private BookOrder freeOrders;
    private PriceLevel freeLevels;

    /** A book sized for about {@code expectedOrders} resting orders (it grows beyond that if needed). */
    public PriceLadderOrderBook(int expectedOrders) {
        this.bids = new LevelLadder(true, 256);
        this.asks = new LevelLadder(false, 256);
        this.ordersById = new LongObjectHashMap<>(expectedOrders);
    }

    public PriceLadderOrderBook() {
        this(4096);
    }

    @Override
    public void place(long orderId, long accountId, Side side, long limitPrice, long quantity,
            TimeInForce timeInForce, boolean postOnly, long timestampNanos, SelfTradePrevention selfTradePrevention,
            MatchListener listener, MatchResult result) {
        if (postOnly) {
            if (wouldCross(side, limitPrice)) {
                result.set(MatchOutcome.POST_ONLY_KILLED, 0, quantity);
            } else {
                rest(orderId, accountId, side, limitPrice, quantity, timestampNanos, true);
                result.set(MatchOutcome.RESTED, 0, quantity);
            }
            return;
        }
        if (timeInForce == TimeInForce.FOK) {
            probe(side, limitPrice, quantity, accountId, selfTradePrevention, fokProbe);
            if (fokProbe.quantity < quantity) {
                result.set(MatchOutcome.FILL_OR_KILL_KILLED, 0, quantity);
                return;
            }
        }
        LevelLadder opposite = side == Side.BUY ? asks : bids;
        long remaining = quantity;
        boolean stoppedBySelfTrade = false;
        matching:
        while (remaining > 0) {
            PriceLevel level = opposite.best();
            if (level == null || !opposite.acceptable(level.price, limitPrice)) {
                break;
            }
            long price = level.price;
            BookOrder maker = level.head;
            while (maker != null && remaining > 0) {
                BookOrder next = maker.next;
                if (maker.accountId == accountId) {
                    if (selfTradePrevention == SelfTradePrevention.CANCEL_INCOMING) {
                        stoppedBySelfTrade = true;
                        break matching;
                    }
                    long makerId = maker.orderId;
                    long makerRemaining = maker.remaining;
                    take(maker, opposite);
                    listener.onRestingCancelled(makerId, accountId, price, makerRemaining);
                    if (selfTradePrevention == SelfTradePrevention.CANCEL_BOTH) {
                        stoppedBySelfTrade = true;
                        break matching;
                    }
                } else {
                    long fill = Math.min(remaining, maker.remaining);
                    remaining -= fill;
                    maker.remaining -= fill;
                    level.totalQuantity -= fill;
                    long makerId = maker.orderId;
                    long makerAccount = maker.accountId;
                    long makerRemaining = maker.remaining;
                    if (makerRemaining == 0) {
                        take(maker, opposite);
                    }
                    listener.onFill(makerId, makerAccount, price, fill, makerRemaining);
                }
                maker = next;
            }
        }
        long filled = quantity - remaining;
        if (remaining == 0) {
            result.set(MatchOutcome.FILLED, filled, 0);
        } else if (stoppedBySelfTrade) {
            result.set(MatchOutcome.SELF_TRADE_DROPPED, filled, remaining);
        } else if (timeInForce == TimeInForce.GTC) {
            rest(orderId, accountId, side, limitPrice, remaining, timestampNanos, false);
            result.set(MatchOutcome.RESTED, filled, remaining);
        } else {
            result.set(MatchOutcome.IMMEDIATE_REMAINDER_DROPPED, filled, remaining);
        }
    }

    @Override
    public void probe(Side side, long limitPrice, long quantity, long accountId,
            SelfTradePrevention selfTradePrevention, FillProbe result) {
        result.reset();
        LevelLadder opposite = side == Side.BUY ? asks : bids;
        long wanted = quantity;
        for (int k = 0; ; k++) {
            PriceLevel level = opposite.fromBest(k);
            if (level == null || !opposite.acceptable(level.price, limitPrice)) {
                return;
            }
            for (BookOrder o = level.head; o != null; o = o.next) {
                if (o.accountId == accountId) {
                    if (selfTradePrevention == SelfTradePrevention.CANCEL_RESTING) {
                        continue;
                    }
                    return;
                }
                long fill = Math.min(wanted, o.remaining);
                result.add(level.price, fill);
                wanted -= fill;
                if (wanted == 0) {
                    return;
                }
            }
        }
    }

    @Override
    public boolean wouldCross(Side side, long limitPrice) {
        PriceLevel best = (side == Side.BUY ? asks : bids).best();
        return best != null && (side == Side.BUY ? best.price <= limitPrice : best.price >= limitPrice);
    }

    @Override
    public RestingOrder find(long orderId) {
        return ordersById.get(orderId);
    }

    @Override
    public boolean remove(long orderId) {
        BookOrder order = ordersById.get(orderId);
        if (order == null) {
            return false;
        }
        take(order, order.side == Side.BUY ? bids : asks);
        return true;
    }

    @Override
    public boolean reduce(long orderId, long newRemaining) {
        BookOrder order = ordersById.get(orderId);
        if (order == null || newRemaining <= 0 || newRemaining > order.remaining) {
            return false;
        }
        order.level.totalQuantity -= order.remaining - newRemaining;
        order.remaining = newRemaining;
        return true;
    }

    @Override
    public void restore(long orderId, long accountId, Side side, long price, long remaining, long timestampNanos,
            boolean postOnly) {
        rest(orderId, accountId, side, price, remaining, timestampNanos, postOnly);
    }

    @Override
    public long bestBid() {
        PriceLevel best = bids.best();
        return best == null ? NO_PRICE : best.price;
    }

    @Override
    public long bestAsk() {
        PriceLevel best = asks.best();
        return best == null ? NO_PRICE : best.price;
    }

    @Override
    public int orderCount() {
        return ordersById.size();
    }

    @Override
    public void forEachOrder(OrderVisitor visitor) {
        visitSide(bids, visitor);
        visitSide(asks, visitor);
    }

    private static void visitSide(LevelLadder ladder, OrderVisitor visitor) {
        for (int k = 0; k < ladder.size(); k++) {
            for (BookOrder o = ladder.fromBest(k).head; o != null; o = o.next) {
                visitor.visit(o);
            }
        }
    }

    private void rest(long orderId, long accountId, Side side, long price, long remaining, long timestampNanos,
            boolean postOnly) {
        LevelLadder own = side == Side.BUY ? bids : asks;
        PriceLevel level = own.find(price);
        if (level == null) {
            level = newLevel(price);
            own.insert(level);
        }
        BookOrder order = newOrder();
        order.orderId = orderId;
        order.accountId = accountId;
        order.side = side;
        order.price = price;
        order.remaining = remaining;
        order.timestampNanos = timestampNanos;
        order.postOnly = postOnly;
        level.append(order);
        ordersById.put(orderId, order);
    }

    /** Takes an order out of its level, the index and (when its level empties) the ladder, and recycles it. */
    private void take(BookOrder order, LevelLadder ladder) {
        PriceLevel level = order.level;
        level.unlink(order);
        ordersById.remove(order.orderId);
        if (level.isEmpty()) {
            ladder.remove(level);
            level.nextFree = freeLevels;
            freeLevels = level;
        }
        order.next = freeOrders;
        freeOrders = order;
    }

    private BookOrder newOrder() {
        BookOrder order = freeOrders;
        if (order == null) {
            return new BookOrder();
        }
        freeOrders = order.next;
        order.next = null;
        return order;
    }

    private PriceLevel newLevel(long price) {
        PriceLevel level = freeLevels;
        if (level == null) {
            level = new PriceLevel();
        } else {
            freeLevels = level.nextFree;
            level.nextFree = null;
        }
        level.price = price;
        level.totalQuantity = 0;
        level.orderCount = 0;
        level.head = null;
        level.tail = null;
        return level;
    }
}
