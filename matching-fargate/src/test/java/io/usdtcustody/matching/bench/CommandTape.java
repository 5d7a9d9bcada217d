package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;

/**
 * A pre-generated stream of order commands for one symbol, held in primitive arrays so that loading the next
 * command into the sequencer's reusable {@link Command} costs a few array reads: benchmarks measure the
 * engine, not command generation.
 */
final class CommandTape {
    static final byte PLACE = 1;
    static final byte CANCEL = 2;
    static final byte AMEND = 3;

    private static final int SELL = 1;
    private static final int MARKET = 2;
    private static final int IOC = 4;
    private static final int FOK = 8;

    private final byte[] kind;
    private final byte[] flags;
    private final long[] orderId;
    private final int[] accountId;
    private final long[] price;
    private final long[] quantity;
    private final int symbolId;
    private int size;

    CommandTape(int capacity, int symbolId) {
        kind = new byte[capacity];
        flags = new byte[capacity];
        orderId = new long[capacity];
        accountId = new int[capacity];
        price = new long[capacity];
        quantity = new long[capacity];
        this.symbolId = symbolId;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == kind.length;
    }

    void place(long id, int account, Side side, OrderType type, TimeInForce tif, long limitPrice, long qty) {
        int f = (side == Side.SELL ? SELL : 0) | (type == OrderType.MARKET ? MARKET : 0)
                | (tif == TimeInForce.IOC ? IOC : 0) | (tif == TimeInForce.FOK ? FOK : 0);
        add(PLACE, (byte) f, id, account, limitPrice, qty);
    }

    void cancel(long id, int account) {
        add(CANCEL, (byte) 0, id, account, 0, 0);
    }

    void amend(long id, int account, long newPrice, long newQuantity) {
        add(AMEND, (byte) 0, id, account, newPrice, newQuantity);
    }

    private void add(byte k, byte f, long id, int account, long p, long q) {
        kind[size] = k;
        flags[size] = f;
        orderId[size] = id;
        accountId[size] = account;
        price[size] = p;
        quantity[size] = q;
        size++;
    }

    byte kind(int i) {
        return kind[i];
    }

    /** Fills {@code into} with command {@code i}, stamped with {@code timestampNanos}. */
    Command load(int i, Command into, long timestampNanos) {
        switch (kind[i]) {
            case PLACE -> {
                int f = flags[i];
                boolean market = (f & MARKET) != 0;
                TimeInForce tif = (f & FOK) != 0 ? TimeInForce.FOK : (f & IOC) != 0 ? TimeInForce.IOC : TimeInForce.GTC;
                into.place(timestampNanos, orderId[i], accountId[i], symbolId, (f & SELL) != 0 ? Side.SELL : Side.BUY,
                        market ? OrderType.MARKET : OrderType.LIMIT, tif, false, price[i], quantity[i]);
            }
            case CANCEL -> into.cancel(timestampNanos, orderId[i], accountId[i], symbolId);
            case AMEND -> into.amend(timestampNanos, orderId[i], accountId[i], symbolId, price[i], quantity[i]);
            default -> throw new IllegalStateException("not a command kind: " + kind[i]);
        }
        return into;
    }

    /** How many commands of each kind the tape holds, for the report. */
    String mix() {
        int gtc = 0;
        int ioc = 0;
        int fok = 0;
        int market = 0;
        int cancels = 0;
        int amends = 0;
        for (int i = 0; i < size; i++) {
            int f = flags[i];
            if (kind[i] == CANCEL) {
                cancels++;
            } else if (kind[i] == AMEND) {
                amends++;
            } else if ((f & MARKET) != 0) {
                market++;
            } else if ((f & FOK) != 0) {
                fok++;
            } else if ((f & IOC) != 0) {
                ioc++;
            } else {
                gtc++;
            }
        }
        return String.format("GTC %.0f%%, IOC %.0f%%, FOK %.0f%%, MARKET %.0f%%, cancel %.0f%%, amend %.0f%%",
                pct(gtc), pct(ioc), pct(fok), pct(market), pct(cancels), pct(amends));
    }

    private double pct(int count) {
        return 100.0 * count / Math.max(1, size);
    }

    CommandType type(int i) {
        return kind[i] == PLACE ? CommandType.PLACE : kind[i] == CANCEL ? CommandType.CANCEL : CommandType.AMEND;
    }
}
