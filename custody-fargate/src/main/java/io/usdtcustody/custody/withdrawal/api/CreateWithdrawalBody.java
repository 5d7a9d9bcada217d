package io.usdtcustody.custody.withdrawal.api;

/** The JSON body of {@code POST /v1/withdrawals}; decoded strictly (unknown or missing fields are a 400). */
public record CreateWithdrawalBody(String customerId, String asset, String chain, String amount, String destination) {
}
