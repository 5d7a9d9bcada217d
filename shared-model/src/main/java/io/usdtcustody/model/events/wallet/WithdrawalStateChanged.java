package io.usdtcustody.model.events.wallet;

/**
 * Payload of {@code wallet.withdrawal.state-changed}. {@code reason} is a stable code for REJECTED, CANCELLED and
 * FAILED, {@code txHash} is set from SIGNED on, and {@code fromState} is the previous state; each is the empty
 * string when there is none (the codec reads no nulls).
 */
public record WithdrawalStateChanged(String withdrawalId, String customerId, String fromState, String toState,
                                     String chain, String asset, String amount, String destination, String reason,
                                     String txHash) {
}
