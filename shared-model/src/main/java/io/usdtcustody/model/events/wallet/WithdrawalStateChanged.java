package io.usdtcustody.model.events.wallet;

/**
 * Payload of {@code wallet.withdrawal.state-changed}. {@code reason} is a stable code for REJECTED, CANCELLED and
 * FAILED (null otherwise); {@code txHash} is set from SIGNED on.
 */
public record WithdrawalStateChanged(String withdrawalId, String customerId, String fromState, String toState,
                                     String chain, String asset, String amount, String destination, String reason,
                                     String txHash) {
}
