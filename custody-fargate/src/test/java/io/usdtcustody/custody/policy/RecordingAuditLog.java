package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.audit.AuditEntry;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An audit log that keeps records in memory so tests can assert what was audited (no hash chain). */
public final class RecordingAuditLog implements AuditLog {
    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(AuditRecord record) {
        records.add(record);
        return new AuditEntry(records.size(), Instant.EPOCH, "0", Integer.toString(records.size()), record);
    }

    public synchronized List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public synchronized List<AuditRecord> ofType(String type) {
        return records.stream().filter(r -> r.type().equals(type)).toList();
    }
}
