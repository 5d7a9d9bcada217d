package io.usdtcustody.custody.audit;

import java.util.Objects;

/**
 * The end of an audit chain as the log last committed it: the sequence and hash of its newest entry. The next
 * entry gets {@code lastSequence + 1} and names {@code lastHash} as its previous hash; the verifier checks that
 * the stored entries really end there (so dropping the newest entries is detected too).
 */
public record AuditHead(long lastSequence, String lastHash) {
    public AuditHead {
        if (lastSequence < 0) {
            throw new IllegalArgumentException("lastSequence must not be negative");
        }
        Objects.requireNonNull(lastHash, "lastHash");
    }

    public static AuditHead of(AuditEntry entry) {
        return new AuditHead(entry.sequence(), entry.hash());
    }
}
