package io.usdtcustody.custody.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuditVerifier} found: either the whole chain holds ({@code entries} = how many were checked), or
 * the first broken link, with {@code entries} = how many entries before it were intact.
 */
public record AuditVerification(long entries, Optional<BrokenLink> firstBrokenLink) {

    /** What can be wrong at a link. */
    public enum Problem {
        /** The stored hash is not the hash of the entry's contents: the entry (or its hash) was changed. */
        HASH_MISMATCH("hash mismatch"),
        /** The entry does not name its predecessor's hash (or the genesis hash for entry 0). */
        PREVIOUS_HASH_MISMATCH("previous-hash mismatch"),
        /** An entry is missing: the next stored entry has a higher sequence. */
        GAP("gap"),
        /** An entry appears where a later one was expected: duplicated or reordered. */
        OUT_OF_ORDER("out of order"),
        /** The entries end before the committed head, or end with another hash than the head's. */
        HEAD_MISMATCH("head mismatch"),
        /** The stored entry cannot be decoded. */
        UNREADABLE("unreadable entry");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The first place where the chain does not hold: a sequence number and what is wrong there. */
    public record BrokenLink(long sequence, Problem problem, String detail) {
        public BrokenLink {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }

        /** One line for people: {@code "hash mismatch: …"}. */
        public String describe() {
            return problem.label() + ": " + detail;
        }
    }

    public AuditVerification {
        Objects.requireNonNull(firstBrokenLink, "firstBrokenLink");
    }

    public static AuditVerification intact(long entries) {
        return new AuditVerification(entries, Optional.empty());
    }

    public static AuditVerification broken(long entries, long sequence, Problem problem, String detail) {
        return new AuditVerification(entries, Optional.of(new BrokenLink(sequence, problem, detail)));
    }

    public boolean ok() {
        return firstBrokenLink.isEmpty();
    }
}
