package io.usdtcustody.custody.audit.port;

import io.usdtcustody.custody.audit.AuditEntry;
import io.usdtcustody.custody.audit.AuditRecord;

/**
 * The append-only, hash-chained audit log of every policy decision, approval and signature. Appending is
 * linearised (each entry names its predecessor's hash), so concurrent writers cannot fork the chain.
 */
public interface AuditLog {
    AuditEntry append(AuditRecord record);
}
