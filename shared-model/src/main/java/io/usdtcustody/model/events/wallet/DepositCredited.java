package io.usdtcustody.model.events.wallet;

/** Payload of {@code wallet.deposit.credited}: the on-chain transfer and the customer it was credited to. */
public record DepositCredited(String transferId, String customerId, String chain, String asset, String amount,
                              String txHash, long logIndex, long blockNumber, String toAddress, int confirmations) {
}
