package io.usdtcustody.custody.ledger;

import io.usdtcustody.model.money.Amount;
import java.time.Instant;
import java.util.UUID;

/** One side of a transfer as seen from one account: signed amount (credit positive) and the other account. */
public record JournalEntry(AccountId account, UUID transferId, Instant at, Amount signedAmount, AccountId counterparty,
                           TransferKind kind, String reference) {
}
