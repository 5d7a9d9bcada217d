package io.usdtcustody.matching.engine.book.reference;

import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import io.usdtcustody.matching.engine.book.FillProbe;
import io.usdtcustody.matching.engine.book.MatchListener;
import io.usdtcustody.matching.engine.book.MatchOutcome;
import io.usdtcustody.matching.engine.book.MatchResult;
import io.usdtcustody.matching.engine.book.OrderBook;
import io.usdtcustody.matching.engine.book.OrderVisitor;
import io.usdtcustody.matching.engine.book.RestingOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simplest order book that can be right, written for reading, not speed: each side a {@link TreeMap} from
 * price to a list of orders, best price first, oldest order first. The fast book is checked against it, event
 * for event, by the differential tests; operators can also replay a journal with it to audit the fast book.
 */
public final class ReferenceOrderBook implements OrderBook {
    private final TreeMap<Long, List<Order>> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<Long, List<Order>> asks = new TreeMap<>();
    private final Map<Long, Order> ordersById = new HashMap<>();

    private record Order(long orderId, long accountId, Side side, long price, long remaining, long timestampNanos,
            boolean postOnly) implements RestingOrder {
        Order withRemaining(long newRemaining) {
            return new Order(orderId, accountId, side, price, newRemaining, timestampNanos, postOnly);
        }
    }

    private TreeMap<Long, List<Order>> own(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    private TreeMap<Long, List<Order>> opposite(Side side) {
        return side == Side.BUY ? asks : bids;
    }

    private static boolean priceAcceptable(Side takerSide, long makerPrice, long limitPrice) {
        return takerSide == Side.BUY ? makerPrice <= limitPrice : makerPrice >= limitPrice;
    }

    @Override
    public void place(long orderId, long accountId, Side side, long limitPrice, long quantity,
            TimeInForce timeInForce, boolean postOnly, long timestampNanos, SelfTradePrevention selfTradePrevention,
            MatchListener listener, MatchResult result) {
        if (postOnly) {
            if (wouldCross(side, limitPrice)) {
                result.set(MatchOutcome.POST_ONLY_KILLED, 0, quantity);
                return;
            }
            add(new Order(orderId, accountId, side, limitPrice, quantity, timestampNanos, true));
            result.set(MatchOutcome.RESTED, 0, quantity);
            return;
        }
        if (timeInForce == TimeInForce.FOK) {
            FillProbe probe = new FillProbe();
            probe(side, limitPrice, quantity, accountId, selfTradePrevention, probe);
            if (probe.quantity < quantity) {
                result.set(MatchOutcome.FILL_OR_KILL_KILLED, 0, quantity);
                return;
            }
        }
        long remaining = quantity;
        boolean selfTradeStop = false;
        while (remaining > 0 && !selfTradeStop && !opposite(side).isEmpty()) {
            Map.Entry<Long, List<Order>> best = opposite(side).firstEntry();
            if (!priceAcceptable(side, best.getKey(), limitPrice)) {
                break;
            }
            Order maker = best.getValue().get(0);
            if (maker.accountId() == accountId) {
                if (selfTradePrevention == SelfTradePrevention.CANCEL_INCOMING) {
                    selfTradeStop = true;
                    continue;
                }
                delete(maker);
                listener.onRestingCancelled(maker.orderId(), accountId, maker.price(), maker.remaining());
                selfTradeStop = selfTradePrevention == SelfTradePrevention.CANCEL_BOTH;
                continue;
            }
            long fill = Math.min(remaining, maker.remaining());
            remaining -= fill;
            long makerLeft = maker.remaining() - fill;
            if (makerLeft == 0) {
                delete(maker);
            } else {
                Order reduced = maker.withRemaining(makerLeft);
                best.getValue().set(0, reduced);
                ordersById.put(reduced.orderId(), reduced);
            }
            listener.onFill(maker.orderId(), maker.accountId(), maker.price(), fill, makerLeft);
        }
        long filled = quantity - remaining;
        if (remaining == 0) {
            result.set(MatchOutcome.FILLED, filled, 0);
        } else if (selfTradeStop) {
            result.set(MatchOutcome.SELF_TRADE_DROPPED, filled, remaining);
        } else if (timeInForce == TimeInForce.GTC) {
            add(new Order(orderId, accountId, side, limitPrice, remaining, timestampNanos, false));
            result.set(MatchOutcome.RESTED, filled, remaining);
        } else {
            result.set(MatchOutcome.IMMEDIATE_REMAINDER_DROPPED, filled, remaining);
        }
    }

    @Override
    public void probe(Side side, long limitPrice, long quantity, long accountId,
            SelfTradePrevention selfTradePrevention, FillProbe result) {
        result.reset();
        long wanted = quantity;
        for (Order maker : ordersInPriority(opposite(side))) {
            if (wanted == 0 || !priceAcceptable(side, maker.price(), limitPrice)) {
                return;
            }
            if (maker.accountId() == accountId) {
                if (selfTradePrevention == SelfTradePrevention.CANCEL_RESTING) {
                    continue;
                }
                return;
            }
            long fill = Math.min(wanted, maker.remaining());
            result.add(maker.price(), fill);
            wanted -= fill;
        }
    }

    @Override
    public boolean wouldCross(Side side, long limitPrice) {
        TreeMap<Long, List<Order>> opposite = opposite(side);
        return !opposite.isEmpty() && priceAcceptable(side, opposite.firstKey(), limitPrice);
    }

    @Override
    public RestingOrder find(long orderId) {
        return ordersById.get(orderId);
    }

    @Override
    public boolean remove(long orderId) {
        Order order = ordersById.get(orderId);
        if (order == null) {
            return false;
        }
        delete(order);
        return true;
    }

    @Override
    public boolean reduce(long orderId, long newRemaining) {
        Order order = ordersById.get(orderId);
        if (order == null || newRemaining <= 0 || newRemaining > order.remaining()) {
            return false;
        }
        List<Order> level = own(order.side()).get(order.price());
        Order reduced = order.withRemaining(newRemaining);
        level.set(level.indexOf(order), reduced);
        ordersById.put(orderId, reduced);
        return true;
    }

    @Override
    public void restore(long orderId, long accountId, Side side, long price, long remaining, long timestampNanos,
            boolean postOnly) {
        add(new Order(orderId, accountId, side, price, remaining, timestampNanos, postOnly));
    }

    @Override
    public long bestBid() {
        return bids.isEmpty() ? NO_PRICE : bids.firstKey();
    }

    @Override
    public long bestAsk() {
        return asks.isEmpty() ? NO_PRICE : asks.firstKey();
    }

    @Override
    public int orderCount() {
        return ordersById.size();
    }

    @Override
    public void forEachOrder(OrderVisitor visitor) {
        ordersInPriority(bids).forEach(visitor::visit);
        ordersInPriority(asks).forEach(visitor::visit);
    }

    private static List<Order> ordersInPriority(TreeMap<Long, List<Order>> side) {
        List<Order> all = new ArrayList<>();
        side.values().forEach(all::addAll);
        return all;
    }

    private void add(Order order) {
        own(order.side()).computeIfAbsent(order.price(), p -> new ArrayList<>()).add(order);
        ordersById.put(order.orderId(), order);
    }

    private void delete(Order order) {
        List<Order> level = own(order.side()).get(order.price());
        level.remove(order);
        if (level.isEmpty()) {
            own(order.side()).remove(order.price());
        }
        ordersById.remove(order.orderId());
    }
}
