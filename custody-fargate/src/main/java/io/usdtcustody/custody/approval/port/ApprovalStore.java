package io.usdtcustody.custody.approval.port;

import io.usdtcustody.custody.approval.Approval;
import io.usdtcustody.custody.approval.ApprovalRequirement;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Approval requirements and approvals per withdrawal. Each approver's approval is its own item written only if
 * absent, so concurrent approvals by distinct approvers are all counted and none twice.
 */
public interface ApprovalStore {

    /** How {@link #record} went. */
    enum Recorded {
        /** The approval is new. */
        NEW,
        /** The same approver with the same signature was recorded before: nothing changed. */
        REPLAY,
        /** The approver already approved with another signature: refused, nothing changed. */
        DUPLICATE_APPROVER
    }

    /** Writes the requirement unless one exists; returns the stored one (the first write wins). */
    ApprovalRequirement requireOnce(ApprovalRequirement requirement);

    Optional<ApprovalRequirement> requirement(TenantId tenant, UUID withdrawalId);

    Recorded record(TenantId tenant, UUID withdrawalId, Approval approval);

    /** The withdrawal's approvals, one per distinct approver. */
    List<Approval> approvals(TenantId tenant, UUID withdrawalId);
}
