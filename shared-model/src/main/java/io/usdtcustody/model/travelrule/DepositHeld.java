package io.usdtcustody.model.travelrule;

/**
 * Payload of {@code wallet.deposit.held}: a confirmed deposit was not credited to the customer because the Travel
 * Rule holds it ({@code reason}: {@code TRAVEL_RULE_DATA_REQUIRED} or {@code TRAVEL_RULE_COUNTERPARTY_UNKNOWN});
 * its funds sit in the tenant's suspense account until the data arrives or an operator decides. Ids, amounts
 * and reason codes only: never IVMS101 names or other personal data.
 */
public record DepositHeld(String depositId, String customerId, String chain, String asset, String amount,
                          String txHash, long logIndex, String toAddress, String reason) {
}
