package io.usdtcustody.custody.audit;

import io.usdtcustody.custody.audit.AuditVerification.Problem;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recomputes an audit chain from its stored entries: every hash, every link to the predecessor, the sequence
 * numbers (no gap, no repeat) and the end against the committed head. Stops at the first broken link. Reads
 * the head first and only entries up to it, so entries appended while it runs do not disturb it; memory stays
 * constant however long the chain is.
 */
public final class AuditVerifier {

    public AuditVerification verify(AuditTrail trail) {
        Optional<AuditHead> head = trail.head();
        long through = head.map(AuditHead::lastSequence).orElse(Long.MAX_VALUE);
        long expected = 0;
        String previousHash = AuditHashChain.GENESIS_PREVIOUS_HASH;
        try (Stream<AuditEntry> entries = trail.entries(through)) {
            Iterator<AuditEntry> iterator = entries.iterator();
            while (true) {
                AuditEntry entry;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    entry = iterator.next();
                } catch (UnreadableAuditEntryException e) {
                    return AuditVerification.broken(expected, e.sequence(), Problem.UNREADABLE, e.getMessage());
                }
                Optional<AuditVerification> broken = check(entry, expected, previousHash);
                if (broken.isPresent()) {
                    return broken.get();
                }
                previousHash = entry.hash();
                expected++;
            }
        }
        return checkEnd(head, expected, previousHash);
    }

    private static Optional<AuditVerification> check(AuditEntry entry, long expected, String previousHash) {
        long sequence = entry.sequence();
        if (sequence > expected) {
            return Optional.of(AuditVerification.broken(expected, expected, Problem.GAP,
                    "entry " + expected + " is missing; the next stored entry is " + sequence));
        }
        if (sequence < expected) {
            return Optional.of(AuditVerification.broken(expected, sequence, Problem.OUT_OF_ORDER,
                    "entry " + sequence + " appears where entry " + expected + " was expected"));
        }
        if (!previousHash.equals(entry.previousHash())) {
            return Optional.of(AuditVerification.broken(expected, sequence, Problem.PREVIOUS_HASH_MISMATCH,
                    sequence == 0 ? "entry 0 does not start from the genesis hash"
                            : "entry " + sequence + " does not name the hash of entry " + (sequence - 1)));
        }
        String recomputed;
        try {
            recomputed = AuditHashChain.recompute(entry);
        } catch (RuntimeException e) {
            return Optional.of(AuditVerification.broken(expected, sequence, Problem.UNREADABLE,
                    "entry " + sequence + " cannot be encoded"));
        }
        if (!recomputed.equals(entry.hash())) {
            return Optional.of(AuditVerification.broken(expected, sequence, Problem.HASH_MISMATCH,
                    "the stored hash of entry " + sequence + " is not the hash of its contents"));
        }
        return Optional.empty();
    }

    private static AuditVerification checkEnd(Optional<AuditHead> head, long count, String lastHash) {
        if (head.isEmpty()) {
            return count == 0 ? AuditVerification.intact(0) : AuditVerification.broken(count, count - 1,
                    Problem.HEAD_MISMATCH, "entries 0.." + (count - 1) + " exist but the head is missing");
        }
        long lastSequence = head.get().lastSequence();
        if (count <= lastSequence) {
            return AuditVerification.broken(count, count, Problem.GAP, "the head ends at entry " + lastSequence
                    + " but the stored entries end " + (count == 0 ? "before entry 0" : "at entry " + (count - 1)));
        }
        if (!head.get().lastHash().equals(lastHash)) {
            return AuditVerification.broken(count - 1, lastSequence, Problem.HEAD_MISMATCH,
                    "entry " + lastSequence + " does not carry the hash the head committed");
        }
        return AuditVerification.intact(count);
    }
}
