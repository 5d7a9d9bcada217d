package io.usdtcustody.custody.audit;

import io.usdtcustody.custody.audit.adapter.InMemoryAuditLog;
import java.time.Clock;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected InMemoryAuditLog newLog(Clock clock) {
        return new InMemoryAuditLog(clock);
    }
}
