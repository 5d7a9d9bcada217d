package io.usdtcustody.model.travelrule;

/**
 * Payload of {@code wallet.deposit.hold-rejected}: an operator refused a deposit held by the Travel Rule; it stays
 * in suspense, to be returned to its sender. {@code reason} is the hold's reason code (the operator's own note is
 * in the audit log, not in the event).
 */
public record DepositHoldRejected(String depositId, String customerId, String chain, String asset, String amount,
                                  String txHash, long logIndex, String reason) {
}
