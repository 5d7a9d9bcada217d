package io.usdtcustody.matching.engine.order;

import io.usdtcustody.matching.engine.api.CancelReason;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.book.MatchListener;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.matching.engine.risk.Account;
import io.usdtcustody.matching.engine.risk.Accounts;

/**
 * Settles each fill as the book reports it: the buyer's quote and the seller's base come out of their
 * reservations, each side is credited what it bought or sold net of its fee, fees go to the fee account, and
 * the trade is reported. One instance is reused for every incoming order (set up by {@link #begin}).
 */
final class FillSettlement implements MatchListener {
    private final Accounts accounts;
    private final Account feeAccount;

    private SymbolSpec symbol;
    private Account taker;
    private long takerOrderId;
    private Side takerSide;
    private EngineEvents events;
    /** What the taker's fills took out of its reservation so far (quote for a buy, base for a sell). */
    private long takerSpent;

    FillSettlement(Accounts accounts, Account feeAccount) {
        this.accounts = accounts;
        this.feeAccount = feeAccount;
    }

    void begin(SymbolSpec symbol, Account taker, long takerOrderId, Side takerSide, EngineEvents events) {
        this.symbol = symbol;
        this.taker = taker;
        this.takerOrderId = takerOrderId;
        this.takerSide = takerSide;
        this.events = events;
        this.takerSpent = 0;
    }

    long takerSpent() {
        return takerSpent;
    }

    @Override
    public void onFill(long makerOrderId, long makerAccountId, long price, long quantity, long makerRemaining) {
        Account maker = accounts.get(makerAccountId);
        int base = symbol.base().assetId();
        int quote = symbol.quote().assetId();
        long notional = symbol.notional(price, quantity);
        long baseUnits = symbol.baseUnits(quantity);
        long takerFee = symbol.takerFee(notional);
        long makerFee = symbol.makerFee(notional);
        if (takerSide == Side.BUY) {
            long cost = notional + takerFee;
            taker.spendReserved(quote, cost);
            takerSpent += cost;
            taker.credit(base, baseUnits);
            maker.spendReserved(base, baseUnits);
            maker.credit(quote, notional - makerFee);
        } else {
            taker.spendReserved(base, baseUnits);
            takerSpent += baseUnits;
            taker.credit(quote, notional - takerFee);
            // a resting buy holds buyReserve(price, remaining); this fill frees the difference, less its cost
            long freed = symbol.buyReserve(price, makerRemaining + quantity) - symbol.buyReserve(price, makerRemaining);
            maker.spendReserved(quote, freed);
            maker.credit(quote, freed - notional - makerFee);
            maker.credit(base, baseUnits);
        }
        feeAccount.credit(quote, takerFee + makerFee);
        events.trade(symbol.symbolId(), takerOrderId, taker.accountId(), makerOrderId, makerAccountId, takerSide,
                price, quantity, takerFee, makerFee);
    }

    @Override
    public void onRestingCancelled(long orderId, long accountId, long price, long remaining) {
        Side makerSide = takerSide.opposite();
        Reservations.release(symbol, accounts.get(accountId), makerSide, price, remaining);
        events.orderCancelled(symbol.symbolId(), orderId, accountId, remaining, CancelReason.SELF_TRADE);
    }
}
