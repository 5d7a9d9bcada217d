package io.usdtcustody.custody.audit.adapter;

import io.usdtcustody.custody.audit.AuditEntry;
import io.usdtcustody.custody.audit.AuditHashChain;
import io.usdtcustody.custody.audit.AuditHead;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.AuditTrail;
import io.usdtcustody.custody.audit.port.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audit log in memory, for tests of the components that write to it: the same chaining as the DynamoDB
 * log (one lock linearises appends), and {@link #entries()} to assert on what was recorded.
 */
public final class InMemoryAuditLog implements AuditLog, AuditTrail {
    private final Clock clock;
    private final List<AuditEntry> entries = new ArrayList<>();

    public InMemoryAuditLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized AuditEntry append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        AuditEntry entry = AuditHashChain.next(head().orElse(null), clock.instant(), record);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized Optional<AuditHead> head() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(AuditHead.of(entries.get(entries.size() - 1)));
    }

    @Override
    public synchronized Stream<AuditEntry> entries(long throughSequence) {
        return entries.stream().filter(e -> e.sequence() <= throughSequence).toList().stream();
    }

    /** Everything appended so far, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
