package io.usdtcustody.custody.approval.port;

import io.usdtcustody.custody.approval.Approver;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/**
 * Registered approvers per tenant. Registration is write-once per (tenant, approver id): registering the same key
 * again is a replay, another key is refused (key rotation is a separate, audited operation, not an overwrite).
 */
public interface ApproverRegistry {

    /** What {@link #register} found: the stored approver, whether it existed, and with the same key. */
    record Registered(Approver approver, boolean existed, boolean sameKey) {
    }

    Registered register(Approver approver);

    Optional<Approver> find(TenantId tenant, String approverId);
}
