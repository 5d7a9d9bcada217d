package io.usdtcustody.custody.audit;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read side of an audit log, for {@link AuditVerifier}: the committed head and the stored entries in
 * sequence order. (The write side is the {@code AuditLog} port; both adapters implement this too.)
 */
public interface AuditTrail {

    /** The head as last committed; empty when nothing was ever appended. Read strongly consistent. */
    Optional<AuditHead> head();

    /**
     * The stored entries with a sequence up to {@code throughSequence}, in ascending sequence order, exactly as
     * stored (gaps and tampering included). An entry that cannot even be decoded surfaces, when the stream
     * reaches it, as an {@link UnreadableAuditEntryException}. Close the stream when done.
     */
    Stream<AuditEntry> entries(long throughSequence);
}
