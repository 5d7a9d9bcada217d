package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the benchmarks' mixed order flow on {@link BenchMarket}: first a book of {@code targetDepth}
 * resting orders spread over a few hundred price levels around 30,000, then a stream of GTC orders (mostly
 * passive, some crossing), IOC, FOK and MARKET orders that take from the top, cancels of resting orders and
 * amends (half quantity-down in place, half moved), with more adds or more cancels as needed to keep the
 * depth near its target. It runs every command on a shadow engine as it goes, so cancels and amends name
 * orders that really rest; the commands are then replayed, timed, on a copy of the starting state.
 */
final class MixedOrderFlow {
    private final SplittableRandom random;
    private final int accounts;
    private final int targetDepth;
    private final MatchingEngine shadow;
    private final Command command = new Command();
    private final Tracker tracker = new Tracker();
    private long nextOrderId = 1;
    private long time;

    MixedOrderFlow(long seed, int accounts, int targetDepth) {
        this.random = new SplittableRandom(seed);
        this.accounts = accounts;
        this.targetDepth = targetDepth;
        this.shadow = BenchMarket.open(accounts);
    }

    /** Orders resting in the shadow book, by id, with their account (for picking cancels and amends). */
    private static final class Tracker implements EngineEvents {
        final long[] ids = new long[1 << 20];
        final int[] owners = new int[1 << 20];
        final Map<Long, Integer> index = new HashMap<>();
        int size;

        void add(long id, int account) {
            ids[size] = id;
            owners[size] = account;
            index.put(id, size++);
        }

        void remove(long id) {
            Integer at = index.remove(id);
            if (at != null) {
                size--;
                if (at != size) {
                    ids[at] = ids[size];
                    owners[at] = owners[size];
                    index.put(ids[at], at);
                }
            }
        }

        @Override
        public void orderCancelled(int symbolId, long orderId, long accountId, long remainingQuantity,
                CancelReason reason) {
            remove(orderId);
        }
    }

    /** The shadow engine's state now: snapshot it before {@link #generate} to replay the tape from here. */
    byte[] prefill() {
        while (depth() < targetDepth) {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long offset = 1 + random.nextInt(300);
            long price = side == Side.BUY ? BenchMarket.MID_PRICE - offset : BenchMarket.MID_PRICE + offset;
            place(side, OrderType.LIMIT, TimeInForce.GTC, price, 1 + random.nextInt(100), null);
        }
        return shadow.snapshot();
    }

    /** The next {@code count} commands of the flow (executed on the shadow engine as they are made). */
    CommandTape generate(int count) {
        CommandTape tape = new CommandTape(count, BenchMarket.SYMBOL);
        while (!tape.isFull()) {
            int roll = random.nextInt(100);
            boolean deep = depth() > targetDepth * 11 / 10;
            boolean shallow = depth() < targetDepth * 9 / 10;
            if (shallow && roll >= 45 && roll < 70) {
                roll = 0;
            } else if (deep && roll < 45) {
                roll = 50;
            }
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            if (roll < 45) {
                boolean crossing = random.nextInt(100) < 15;
                long offset = crossing ? -random.nextInt(6) : 1 + random.nextInt(300);
                long price = side == Side.BUY ? BenchMarket.MID_PRICE - offset : BenchMarket.MID_PRICE + offset;
                place(side, OrderType.LIMIT, TimeInForce.GTC, price, 1 + random.nextInt(100), tape);
            } else if (roll < 70) {
                cancel(tape);
            } else if (roll < 80) {
                place(side, OrderType.LIMIT, TimeInForce.IOC, aggressive(side), 1 + random.nextInt(30), tape);
            } else if (roll < 87) {
                place(side, OrderType.LIMIT, TimeInForce.FOK, aggressive(side), 1 + random.nextInt(30), tape);
            } else if (roll < 92) {
                place(side, OrderType.MARKET, TimeInForce.IOC, 0, 1 + random.nextInt(20), tape);
            } else {
                amend(tape);
            }
        }
        return tape;
    }

    private long aggressive(Side side) {
        long through = random.nextInt(11);
        return side == Side.BUY ? BenchMarket.MID_PRICE + through : BenchMarket.MID_PRICE - through;
    }

    private void place(Side side, OrderType type, TimeInForce tif, long price, long quantity, CommandTape tape) {
        long id = nextOrderId++;
        int account = 1 + random.nextInt(accounts);
        if (tape != null) {
            tape.place(id, account, side, type, tif, price, quantity);
        }
        time += 1_000;
        ResultCode code = shadow.execute(command.place(time, id, account, BenchMarket.SYMBOL, side, type, tif, false,
                price, quantity), tracker);
        check(code);
        afterOrderEntered(id, account);
    }

    /** Tracks the new order when it rests; makers it filled are dropped lazily by {@link #pickResting}. */
    private void afterOrderEntered(long id, int account) {
        if (shadow.book(BenchMarket.SYMBOL).find(id) != null && !tracker.index.containsKey(id)) {
            tracker.add(id, account);
        }
    }

    private void cancel(CommandTape tape) {
        int at = pickResting();
        long id = tracker.ids[at];
        int account = tracker.owners[at];
        tape.cancel(id, account);
        time += 1_000;
        check(shadow.execute(command.cancel(time, id, account, BenchMarket.SYMBOL), tracker));
    }

    private void amend(CommandTape tape) {
        int at = pickResting();
        long id = tracker.ids[at];
        int account = tracker.owners[at];
        var order = shadow.book(BenchMarket.SYMBOL).find(id);
        boolean reduce = random.nextBoolean() && order.remaining() > 1;
        long price = reduce ? order.price()
                : order.price() + (order.side() == Side.BUY ? -1 : 1) * (1 + random.nextInt(5));
        long quantity = reduce ? order.remaining() - 1 - random.nextInt((int) Math.min(order.remaining() - 1, 50))
                : order.remaining();
        tape.amend(id, account, price, quantity);
        time += 1_000;
        check(shadow.execute(command.amend(time, id, account, BenchMarket.SYMBOL, price, quantity), tracker));
        afterOrderEntered(id, account);
    }

    /** A resting order, dropping tracked ids that no longer rest (filled as makers). */
    private int pickResting() {
        while (true) {
            int at = random.nextInt(tracker.size);
            if (shadow.book(BenchMarket.SYMBOL).find(tracker.ids[at]) != null) {
                return at;
            }
            tracker.remove(tracker.ids[at]);
        }
    }

    private static void check(ResultCode code) {
        if (code != ResultCode.SUCCESS) {
            throw new IllegalStateException("the benchmark flow must only make commands the engine accepts: " + code);
        }
    }

    /** Orders resting in the shadow book now. */
    int depth() {
        return shadow.book(BenchMarket.SYMBOL).orderCount();
    }
}
