package io.usdtcustody.custody.approval.adapter;

import io.usdtcustody.custody.approval.Approval;
import io.usdtcustody.custody.approval.ApprovalRequirement;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Approvals in memory for unit tests; passes the same contract as the DynamoDB store. */
public final class InMemoryApprovalStore implements ApprovalStore {
    private final Map<String, ApprovalRequirement> requirements = new HashMap<>();
    private final Map<String, TreeMap<String, Approval>> approvals = new HashMap<>();

    @Override
    public synchronized ApprovalRequirement requireOnce(ApprovalRequirement requirement) {
        ApprovalRequirement existing = requirements.putIfAbsent(key(requirement.tenant(), requirement.withdrawalId()),
                requirement);
        return existing == null ? requirement : existing;
    }

    @Override
    public synchronized Optional<ApprovalRequirement> requirement(TenantId tenant, UUID withdrawalId) {
        return Optional.ofNullable(requirements.get(key(tenant, withdrawalId)));
    }

    @Override
    public synchronized Recorded record(TenantId tenant, UUID withdrawalId, Approval approval) {
        TreeMap<String, Approval> byApprover = approvals.computeIfAbsent(key(tenant, withdrawalId), k -> new TreeMap<>());
        Approval existing = byApprover.putIfAbsent(approval.approverId(), approval);
        if (existing == null) {
            return Recorded.NEW;
        }
        return existing.signature().equals(approval.signature()) ? Recorded.REPLAY : Recorded.DUPLICATE_APPROVER;
    }

    @Override
    public synchronized List<Approval> approvals(TenantId tenant, UUID withdrawalId) {
        return List.copyOf(approvals.getOrDefault(key(tenant, withdrawalId), new TreeMap<>()).values());
    }

    private static String key(TenantId tenant, UUID withdrawalId) {
        return tenant.value() + "#" + withdrawalId;
    }
}
