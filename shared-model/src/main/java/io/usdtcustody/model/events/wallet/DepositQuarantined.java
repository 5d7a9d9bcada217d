package io.usdtcustody.model.events.wallet;

/**
 * Payload of {@code wallet.deposit.quarantined}: funds from a sanctioned source address, held in quarantine
 * for compliance review. Names the list that matched, never personal data.
 */
public record DepositQuarantined(String transferId, String customerId, String chain, String asset, String amount,
                                 String txHash, long logIndex, String fromAddress, String toAddress, String list) {
}
