package io.usdtcustody.matching.engine;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random command streams for differential and property tests: two symbols with different scales and
 * fees, a handful of accounts (so self-trades happen), prices in a narrow band (so orders cross), and every
 * command kind — GTC, IOC, FOK, MARKET, post-only, cancels and amends of recent orders, deposits and
 * withdrawals (some repeated), plus invalid ones (off tick, off lot, zero, duplicate ids, unknown symbol).
 * Given an oracle engine (fed the same commands in lockstep), cancels and amends mostly pick orders that still
 * rest there; the stream stays the same for every engine it feeds.
 */
public final class RandomCommandStream {
    public static final int USDT = 0;
    public static final int BTC = 1;
    public static final int ETH = 2;
    public static final int BTC_USDT = 0;
    public static final int ETH_BTC = 1;
    private static final int ACCOUNTS = 6;

    private final SplittableRandom random;
    private final MatchingEngine oracle;
    private final List<long[]> placed = new ArrayList<>();
    private long time = 1_700_000_000_000_000_000L;
    private long nextOrderId = 1;
    private long nextTransferId = 1;

    public RandomCommandStream(long seed) {
        this(seed, null);
    }

    /** A stream whose cancels and amends prefer orders resting in {@code oracle} (null: no preference). */
    public RandomCommandStream(long seed, MatchingEngine oracle) {
        this.random = new SplittableRandom(seed);
        this.oracle = oracle;
    }

    /** Definitions and opening deposits, then {@code count} random commands (no oracle needed). */
    public List<Command> commands(int count) {
        List<Command> out = preamble();
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /** Asset and symbol definitions and each account's opening deposits. */
    public List<Command> preamble() {
        List<Command> out = new ArrayList<>(32);
        out.add(new Command().addAsset(time, USDT, "USDT", 6));
        out.add(new Command().addAsset(time, BTC, "BTC", 8));
        out.add(new Command().addAsset(time, ETH, "ETH", 8));
        out.add(new Command().addSymbol(time, BTC_USDT, "BTC-USDT", BTC, USDT, 2, 4, 5, 10, 10, 25));
        out.add(new Command().addSymbol(time, ETH_BTC, "ETH-BTC", ETH, BTC, 5, 3, 1, 1, 0, 0));
        for (long account = 1; account <= ACCOUNTS; account++) {
            out.add(deposit(account, USDT, 100_000_000_000L));
            out.add(deposit(account, BTC, 1_000_000_000L));
            out.add(deposit(account, ETH, 20_000_000_000L));
        }
        return out;
    }

    private Command deposit(long account, int asset, long amount) {
        return new Command().transfer(CommandType.DEPOSIT, time, account, asset, amount, 0, nextTransferId++);
    }

    /** The next random command; with an oracle, execute it there before asking for another. */
    public Command next() {
        time += random.nextLong(50_000_000L);
        int roll = random.nextInt(100);
        if (roll < 34) {
            return place(OrderType.LIMIT, TimeInForce.GTC, false);
        } else if (roll < 43) {
            return place(OrderType.LIMIT, TimeInForce.IOC, false);
        } else if (roll < 52) {
            return place(OrderType.LIMIT, TimeInForce.FOK, false);
        } else if (roll < 58) {
            return place(OrderType.MARKET, null, false);
        } else if (roll < 64) {
            return place(OrderType.LIMIT, TimeInForce.GTC, true);
        } else if (roll < 74) {
            return cancel();
        } else if (roll < 84) {
            return amend();
        } else if (roll < 91) {
            return transfer();
        } else {
            return invalid();
        }
    }

    private long account() {
        return 1 + random.nextInt(ACCOUNTS);
    }

    private int symbol() {
        return random.nextInt(4) == 0 ? ETH_BTC : BTC_USDT;
    }

    private long price(int symbol) {
        // BTC-USDT around 30,000.00 in 0.05 ticks; ETH-BTC around 0.05000 in 0.00001 ticks
        return symbol == BTC_USDT ? 3_000_000 + 5L * (random.nextInt(41) - 20) : 5_000 + random.nextInt(41) - 20;
    }

    private long quantity(int symbol) {
        return symbol == BTC_USDT ? 10L * (1 + random.nextInt(60)) : 1 + random.nextInt(2_000);
    }

    private Command place(OrderType type, TimeInForce tif, boolean postOnly) {
        int symbol = symbol();
        long account = account();
        long id = nextOrderId++;
        if (tif == TimeInForce.GTC) {
            placed.add(new long[] {id, account, symbol});
        }
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        long price = type == OrderType.MARKET ? 0 : price(symbol);
        return new Command().place(time, id, account, symbol, side, type, tif, postOnly, price, quantity(symbol));
    }

    /** One of the last 300 GTC orders placed (many still rest, some are long gone). */
    private long[] recent() {
        if (placed.isEmpty()) {
            return new long[] {999_999, account(), BTC_USDT};
        }
        for (int attempt = 0; ; attempt++) {
            int from = Math.max(0, placed.size() - 300);
            int index = from + random.nextInt(placed.size() - from);
            long[] order = placed.get(index);
            if (oracle == null || attempt == 4 || placed.size() == 1 || random.nextInt(10) == 0
                    || oracle.book((int) order[2]).find(order[0]) != null) {
                return order;
            }
            placed.set(index, placed.get(placed.size() - 1));
            placed.remove(placed.size() - 1);
        }
    }

    private Command cancel() {
        long[] order = recent();
        long account = random.nextInt(20) == 0 ? account() : order[1];
        return new Command().cancel(time, order[0], account, (int) order[2]);
    }

    private Command amend() {
        long[] order = recent();
        int symbol = (int) order[2];
        long quantity = random.nextInt(3) == 0 ? quantity(symbol) : (symbol == BTC_USDT ? 10 : 1);
        return new Command().amend(time, order[0], order[1], symbol, price(symbol), quantity);
    }

    private Command transfer() {
        long account = account();
        int asset = random.nextInt(3);
        long amount = 1 + random.nextLong(asset == USDT ? 5_000_000_000L : 50_000_000L);
        long transferId = random.nextInt(5) == 0 ? 1 + random.nextLong(nextTransferId) : nextTransferId++;
        CommandType type = random.nextBoolean() ? CommandType.DEPOSIT : CommandType.WITHDRAW;
        return new Command().transfer(type, time, account, asset, amount, 0, transferId);
    }

    private Command invalid() {
        Command c = place(OrderType.LIMIT, TimeInForce.GTC, false);
        switch (random.nextInt(5)) {
            case 0 -> c.price = c.symbolId == BTC_USDT ? c.price + 1 : -c.price;
            case 1 -> c.quantity = c.symbolId == BTC_USDT ? 15 : -1;
            case 2 -> c.quantity = 0;
            case 3 -> c.orderId = 1 + random.nextLong(nextOrderId);
            default -> c.symbolId = 9;
        }
        return c;
    }
}
