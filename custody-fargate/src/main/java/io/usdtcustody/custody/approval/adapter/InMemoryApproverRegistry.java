package io.usdtcustody.custody.approval.adapter;

import io.usdtcustody.custody.approval.Approver;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Approvers in memory for unit tests; passes the same contract as the DynamoDB registry. */
public final class InMemoryApproverRegistry implements ApproverRegistry {
    private final Map<String, Approver> approvers = new HashMap<>();

    @Override
    public synchronized Registered register(Approver approver) {
        Approver existing = approvers.putIfAbsent(key(approver.tenant(), approver.approverId()), approver);
        return existing == null ? new Registered(approver, false, true)
                : new Registered(existing, true, existing.publicKey().equals(approver.publicKey()));
    }

    @Override
    public synchronized Optional<Approver> find(TenantId tenant, String approverId) {
        return Optional.ofNullable(approvers.get(key(tenant, approverId)));
    }

    private static String key(TenantId tenant, String approverId) {
        return tenant.value() + "#" + approverId;
    }
}
