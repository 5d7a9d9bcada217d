package io.usdtcustody.matching.events;

import io.usdtcustody.model.events.EventContract;

/**
 * The matching service's event contracts on {@code order-events} and {@code trade-events}. Amounts are decimal
 * strings; ids are strings; accounts are the engine's account numbers (the tenant is on the envelope).
 * (They belong in shared-model beside the wallet events once a consumer reads them.)
 */
public final class TradingEvents {
    /** An order was accepted, cancelled (with a reason), amended or refused. */
    public static final EventContract<OrderEvent> ORDER_EVENT =
            new EventContract<>("matching.order.changed", 1, OrderEvent.class);
    /** One fill, at the maker's price. */
    public static final EventContract<TradeExecuted> TRADE_EXECUTED =
            new EventContract<>("matching.trade.executed", 1, TradeExecuted.class);

    private TradingEvents() {
    }

    /**
     * @param change    ACCEPTED, CANCELLED, AMENDED or REJECTED
     * @param reason    the cancel reason or the refusal code; "" otherwise
     * @param remaining the quantity left (cancel, amend); "" otherwise
     * @param sequence  the journal sequence of the command that caused it
     */
    public record OrderEvent(String change, String symbol, String orderId, String account, String reason,
            String remaining, long sequence) {
    }

    public record TradeExecuted(String symbol, String price, String qty, String takerSide, String takerOrderId,
            String takerAccount, String makerOrderId, String makerAccount, String takerFee, String makerFee,
            long sequence) {
    }
}
