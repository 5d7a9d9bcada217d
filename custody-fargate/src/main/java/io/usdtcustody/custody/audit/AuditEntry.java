package io.usdtcustody.custody.audit;

import java.time.Instant;

/**
 * A record as the log stored it: its position in the chain, when, the hash of the previous entry and its own
 * hash over (sequence, time, previous hash, record). Changing any entry breaks every hash after it.
 */
public record AuditEntry(long sequence, Instant at, String previousHash, String hash, AuditRecord record) {
}
