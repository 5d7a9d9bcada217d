package io.usdtcustody.custody.trading.api;

/** The JSON body of {@code POST /v1/trading-transfers}; decoded strictly (unknown or missing fields are a 400). */
public record TradingTransferBody(String customerId, String asset, String chain, String amount) {
}
