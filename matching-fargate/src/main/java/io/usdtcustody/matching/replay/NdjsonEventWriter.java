package io.usdtcustody.matching.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes engine events as NDJSON, one object per line, fields in a fixed order: {@code trade} (symbol, taker,
 * maker, price, qty), {@code cancelled} (id, remaining), {@code rejected} (id, reason). With all events on it
 * also writes {@code accepted}, {@code amended}, {@code transfer}, {@code balance} and {@code state} lines,
 * which comparisons ignore. Prices carry the symbol's tick decimals, quantities its lot decimals, amounts the
 * asset's decimals.
 */
final class NdjsonEventWriter implements EngineEvents {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Writer out;
    private final MatchingEngine engine;
    private final ReplayNames names;
    private final boolean allEvents;

    NdjsonEventWriter(Writer out, MatchingEngine engine, ReplayNames names, boolean allEvents) {
        this.out = out;
        this.engine = engine;
        this.names = names;
        this.allEvents = allEvents;
    }

    private ObjectNode event(String type) {
        return mapper.createObjectNode().put("event", type);
    }

    private void write(ObjectNode node) {
        try {
            out.write(mapper.writeValueAsString(node));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void trade(int symbolId, long takerOrderId, long takerAccountId, long makerOrderId, long makerAccountId,
            Side takerSide, long price, long quantity, long takerFee, long makerFee) {
        SymbolSpec symbol = engine.symbol(symbolId);
        write(event("trade").put("symbol", symbol.name()).put("taker", names.orderName(takerOrderId))
                .put("maker", names.orderName(makerOrderId))
                .put("price", ScaledDecimal.format(price, symbol.priceScale()))
                .put("qty", ScaledDecimal.format(quantity, symbol.quantityScale())));
    }

    @Override
    public void orderCancelled(int symbolId, long orderId, long accountId, long remainingQuantity,
            CancelReason reason) {
        ObjectNode node = event("cancelled").put("id", names.orderName(orderId))
                .put("remaining", ScaledDecimal.format(remainingQuantity, engine.symbol(symbolId).quantityScale()));
        write(allEvents ? node.put("reason", reason.name()) : node);
    }

    /** A refused line: {@code id} may be null. */
    void rejected(String id, String reason) {
        write(event("rejected").put("id", id).put("reason", reason));
    }

    @Override
    public void orderAccepted(int symbolId, long orderId, long accountId) {
        if (allEvents) {
            write(event("accepted").put("id", names.orderName(orderId)));
        }
    }

    @Override
    public void orderAmended(int symbolId, long orderId, long accountId, long price, long remainingQuantity,
            boolean keptPriority) {
        if (allEvents) {
            SymbolSpec symbol = engine.symbol(symbolId);
            write(event("amended").put("id", names.orderName(orderId))
                    .put("price", ScaledDecimal.format(price, symbol.priceScale()))
                    .put("qty", ScaledDecimal.format(remainingQuantity, symbol.quantityScale()))
                    .put("keptPriority", keptPriority));
        }
    }

    @Override
    public void transfer(long accountId, int assetId, long signedAmount, long transferIdHigh, long transferIdLow,
            boolean alreadyApplied) {
        if (allEvents) {
            int scale = engine.asset(assetId).scale();
            write(event(signedAmount > 0 ? "deposit" : "withdrawal").put("account", names.accountName(accountId))
                    .put("asset", engine.asset(assetId).name())
                    .put("amount", ScaledDecimal.format(Math.abs(signedAmount), scale))
                    .put("alreadyApplied", alreadyApplied));
        }
    }

    /** The closing lines with all events on: every balance, then the state hash. */
    void finish(long lines) {
        if (!allEvents) {
            return;
        }
        for (long account : engine.accountIds()) {
            for (int asset = 0; asset < engine.assetIdBound(); asset++) {
                if (engine.asset(asset) == null) {
                    continue;
                }
                int scale = engine.asset(asset).scale();
                long available = engine.available(account, asset);
                long reserved = engine.reserved(account, asset);
                if (available != 0 || reserved != 0) {
                    write(event("balance").put("account", names.accountName(account))
                            .put("asset", engine.asset(asset).name())
                            .put("available", ScaledDecimal.format(available, scale))
                            .put("reserved", ScaledDecimal.format(reserved, scale)));
                }
            }
        }
        write(event("state").put("lines", lines).put("lastOrderId", engine.lastOrderId())
                .put("stateHash", engine.stateHash()));
    }
}
