package io.usdtcustody.model.events.wallet;

/** Payload of {@code wallet.transfer.applied}: one double-entry movement, by account keys. */
public record TransferApplied(String transferId, String debitAccount, String creditAccount, String asset,
                              String chain, String amount, String kind, String reference) {
}
