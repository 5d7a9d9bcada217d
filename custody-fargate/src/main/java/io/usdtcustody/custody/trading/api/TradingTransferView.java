package io.usdtcustody.custody.trading.api;

import io.usdtcustody.custody.ledger.TransferReceipt;
import java.time.Instant;

/** What {@code POST /v1/trading-transfers} answers: the transfer as booked (amount as a decimal string). */
public record TradingTransferView(String transferId, String customerId, String asset, String chain, String amount,
                                  Instant bookedAt) {
    static TradingTransferView of(TransferReceipt receipt) {
        var request = receipt.request();
        return new TradingTransferView(request.transferId().toString(), request.debit().owner(),
                request.amount().asset().code(), request.amount().asset().chain().name(),
                request.amount().toPlainString(), receipt.appliedAt());
    }
}
