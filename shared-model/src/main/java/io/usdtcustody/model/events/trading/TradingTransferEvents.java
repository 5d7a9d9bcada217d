package io.usdtcustody.model.events.trading;

import io.usdtcustody.model.events.EventContract;

/**
 * The contracts of the two streams that move a customer's funds between custody's funding ledger and the
 * matching engine's trading balances. Partition key: {@code tenant/account}, so one account's transfers arrive
 * in order. Delivery is at least once; each side applies a {@code transferId} once.
 */
public final class TradingTransferEvents {
    /** On {@code trading-transfers}: custody debited the funding account; matching credits trading. */
    public static final EventContract<TradingTransfer> TO_TRADING =
            new EventContract<>("trading.transfer.to-trading", 1, TradingTransfer.class);
    /** On {@code trading-withdrawals}: matching debited trading; custody credits the funding account. */
    public static final EventContract<TradingTransfer> TO_FUNDING =
            new EventContract<>("trading.transfer.to-funding", 1, TradingTransfer.class);

    private TradingTransferEvents() {
    }

    /** The partition key of a customer account's transfer events. */
    public static String partitionKey(String tenantId, String account) {
        return tenantId + "/" + account;
    }
}
