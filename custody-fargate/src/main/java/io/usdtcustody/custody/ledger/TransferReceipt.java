package io.usdtcustody.custody.ledger;

import java.time.Instant;

/**
 * The result of a transfer: the request as applied, when, and whether this call applied it or found it
 * already applied by an earlier call with the same id and payload.
 */
public record TransferReceipt(TransferRequest request, Instant appliedAt, boolean replayed) {
}
