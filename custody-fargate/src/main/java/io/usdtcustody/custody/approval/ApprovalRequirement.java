package io.usdtcustody.custody.approval;

import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the policy asked for when it held a withdrawal: M distinct approvals under one policy version. It is
 * written once, when the withdrawal is held, and never changes — the version is part of the signed message, so
 * it must be fixed before anyone signs.
 */
public record ApprovalRequirement(TenantId tenant, UUID withdrawalId, int requiredApprovals, String policyVersion,
                                  Instant decidedAt) {
    public ApprovalRequirement {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(withdrawalId, "withdrawalId");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (requiredApprovals < 1) {
            throw new IllegalArgumentException("at least one approval");
        }
    }
}
