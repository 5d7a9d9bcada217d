package io.usdtcustody.matching.replay;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import io.usdtcustody.matching.engine.book.RestingOrder;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs replay lines through one engine: the replay is the sequencer here, so it numbers accounts, orders,
 * assets and symbols, turns decimals into scaled longs with the symbol's or asset's scale, stamps time (a
 * line's {@code "time"}, else the previous one) and writes what happens. Assets not declared with an
 * {@code asset} line get 8 decimals (every chain's USDT and BTC fit), or more when the first symbol that
 * names them needs more: a quote asset needs the tick's decimals plus the lot's, a base asset the lot's.
 */
final class ReplaySession {
    static final int DEFAULT_ASSET_SCALE = 8;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final MatchingEngine engine;
    private final NdjsonEventWriter events;
    private final ReplayNames names;
    private final Map<String, Integer> assetIds = new HashMap<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final Command command = new Command();
    private long timeNanos;
    private long unnamedTransfers;

    ReplaySession(MatchingEngine engine, NdjsonEventWriter events, ReplayNames names) {
        this.engine = engine;
        this.events = events;
        this.names = names;
    }

    void run(ReplayLineParser.Parsed parsed) {
        if (parsed.timeMillis() >= 0) {
            timeNanos = parsed.timeMillis() * NANOS_PER_MILLI;
        }
        ReplayLine line = parsed.line();
        if (line instanceof ReplayLine.Invalid invalid) {
            events.rejected(invalid.id(), invalid.reason());
        } else if (line instanceof ReplayLine.DefineAsset asset) {
            defineAsset(asset);
        } else if (line instanceof ReplayLine.DefineSymbol symbol) {
            defineSymbol(symbol);
        } else if (line instanceof ReplayLine.Transfer transfer) {
            transfer(transfer);
        } else if (line instanceof ReplayLine.Place place) {
            place(place);
        } else if (line instanceof ReplayLine.Cancel cancel) {
            cancel(cancel);
        } else if (line instanceof ReplayLine.Amend amend) {
            amend(amend);
        }
    }

    private void defineAsset(ReplayLine.DefineAsset line) {
        if (assetIds.containsKey(line.asset())) {
            events.rejected(null, ResultCode.ASSET_EXISTS.name());
            return;
        }
        int id = assetIds.size();
        ResultCode code = engine.execute(command.addAsset(timeNanos, id, line.asset(), line.scale()), events);
        if (code == ResultCode.SUCCESS) {
            assetIds.put(line.asset(), id);
        } else {
            events.rejected(null, code.name());
        }
    }

    /** The asset's id, defining it first when new; -1 when it exists with fewer than {@code minScale} decimals. */
    private int asset(String name, int minScale) {
        Integer id = assetIds.get(name);
        if (id != null) {
            return engine.asset(id).scale() >= minScale ? id : -1;
        }
        int newId = assetIds.size();
        int scale = Math.max(DEFAULT_ASSET_SCALE, minScale);
        if (engine.execute(command.addAsset(timeNanos, newId, name, scale), events) != ResultCode.SUCCESS) {
            return -1;
        }
        assetIds.put(name, newId);
        return newId;
    }

    private void defineSymbol(ReplayLine.DefineSymbol line) {
        if (symbolIds.containsKey(line.symbol())) {
            events.rejected(null, ResultCode.SYMBOL_EXISTS.name());
            return;
        }
        int priceScale = ScaledDecimal.scaleOf(line.tick());
        int quantityScale = ScaledDecimal.scaleOf(line.lot());
        long tick = ScaledDecimal.parse(line.tick(), priceScale);
        long lot = ScaledDecimal.parse(line.lot(), quantityScale);
        if (tick <= 0 || lot <= 0 || priceScale + quantityScale > 18 || line.base().equals(line.quote())) {
            events.rejected(null, ResultCode.INVALID_SYMBOL.name());
            return;
        }
        int base = asset(line.base(), quantityScale);
        int quote = asset(line.quote(), priceScale + quantityScale);
        if (base < 0 || quote < 0) {
            events.rejected(null, ResultCode.INVALID_SYMBOL.name());
            return;
        }
        int id = symbolIds.size();
        ResultCode code = engine.execute(command.addSymbol(timeNanos, id, line.symbol(), base, quote, priceScale,
                quantityScale, tick, lot, line.makerFeeBps(), line.takerFeeBps()), events);
        if (code == ResultCode.SUCCESS) {
            symbolIds.put(line.symbol(), id);
        } else {
            events.rejected(null, code.name());
        }
    }

    private void transfer(ReplayLine.Transfer line) {
        Integer known = assetIds.get(line.asset());
        int asset = known != null ? known : line.deposit() ? asset(line.asset(), 0) : -1;
        if (asset < 0) {
            events.rejected(line.transferId(), ResultCode.UNKNOWN_ASSET.name());
            return;
        }
        long amount = ScaledDecimal.parse(line.amount(), engine.asset(asset).scale());
        if (amount <= 0) {
            events.rejected(line.transferId(), amount == ScaledDecimal.TOO_LARGE
                    ? ResultCode.AMOUNT_TOO_LARGE.name() : ResultCode.INVALID_AMOUNT.name());
            return;
        }
        long high = line.transferId() == null ? 1 : 0;
        long low = line.transferId() == null ? ++unnamedTransfers : names.transferId(line.transferId());
        CommandType type = line.deposit() ? CommandType.DEPOSIT : CommandType.WITHDRAW;
        ResultCode code = engine.execute(command.transfer(type, timeNanos, names.account(line.account()), asset,
                amount, high, low), events);
        rejectUnlessDone(line.transferId(), code);
    }

    private void place(ReplayLine.Place line) {
        Integer symbolId = symbolIds.get(line.symbol());
        if (symbolId == null) {
            events.rejected(line.id(), ResultCode.UNKNOWN_SYMBOL.name());
            return;
        }
        SymbolSpec symbol = engine.symbol(symbolId);
        boolean market = line.type().equals("MARKET");
        long quantity = ScaledDecimal.parse(line.qty(), symbol.quantityScale());
        long price = market ? 0 : ScaledDecimal.parse(line.price(), symbol.priceScale());
        String refusal = scaleRefusal(quantity, ResultCode.QUANTITY_NOT_ON_LOT);
        refusal = refusal != null ? refusal : scaleRefusal(price, ResultCode.PRICE_NOT_ON_TICK);
        if (refusal != null) {
            events.rejected(line.id(), refusal);
            return;
        }
        Long accepted = names.orderId(line.id());
        long orderId = accepted != null ? accepted : engine.lastOrderId() + 1;
        if (accepted == null) {
            names.nameOrder(orderId, line.id());
        }
        ResultCode code = engine.execute(command.place(timeNanos, orderId, names.account(line.account()), symbolId,
                Side.valueOf(line.side()), market ? OrderType.MARKET : OrderType.LIMIT,
                TimeInForce.valueOf(line.tif()), line.postOnly(), price, quantity), events);
        if (code == ResultCode.SUCCESS) {
            names.orderAccepted(orderId, line.id(), symbolId);
        } else {
            if (accepted == null) {
                names.forgetOrder(orderId);
            }
            events.rejected(line.id(), code.name());
        }
    }

    /** The reason to refuse a parsed scaled value, or null when it is usable (sign is the engine's check). */
    private static String scaleRefusal(long value, ResultCode tooPrecise) {
        if (value == ScaledDecimal.TOO_PRECISE) {
            return tooPrecise.name();
        }
        return value == ScaledDecimal.TOO_LARGE ? ResultCode.AMOUNT_TOO_LARGE.name() : null;
    }

    private void cancel(ReplayLine.Cancel line) {
        Long orderId = names.orderId(line.id());
        Integer symbolId = line.symbol() == null ? names.orderSymbol(line.id()) : symbolIds.get(line.symbol());
        if (orderId == null || symbolId == null) {
            events.rejected(line.id(), ResultCode.ORDER_NOT_RESTING.name());
            return;
        }
        rejectUnlessDone(line.id(), engine.execute(
                command.cancel(timeNanos, orderId, names.account(line.account()), symbolId), events));
    }

    private void amend(ReplayLine.Amend line) {
        Long orderId = names.orderId(line.id());
        Integer symbolId = line.symbol() == null ? names.orderSymbol(line.id()) : symbolIds.get(line.symbol());
        RestingOrder order = orderId == null || symbolId == null ? null : engine.book(symbolId).find(orderId);
        if (order == null) {
            events.rejected(line.id(), ResultCode.ORDER_NOT_RESTING.name());
            return;
        }
        SymbolSpec symbol = engine.symbol(symbolId);
        long price = line.price() == null ? order.price() : ScaledDecimal.parse(line.price(), symbol.priceScale());
        long quantity = line.qty() == null ? order.remaining()
                : ScaledDecimal.parse(line.qty(), symbol.quantityScale());
        String refusal = scaleRefusal(quantity, ResultCode.QUANTITY_NOT_ON_LOT);
        refusal = refusal != null ? refusal : scaleRefusal(price, ResultCode.PRICE_NOT_ON_TICK);
        if (refusal != null) {
            events.rejected(line.id(), refusal);
            return;
        }
        rejectUnlessDone(line.id(), engine.execute(command.amend(timeNanos, orderId, names.account(line.account()),
                symbolId, price, quantity), events));
    }

    private void rejectUnlessDone(String id, ResultCode code) {
        if (code != ResultCode.SUCCESS && code != ResultCode.TRANSFER_ALREADY_APPLIED) {
            events.rejected(id, code.name());
        }
    }
}
