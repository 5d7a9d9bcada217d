package io.usdtcustody.custody.approval;

import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * M-of-N approval of held withdrawals with four-eyes. An approval counts only if it is signed with the
 * approver's registered P-256 key over the {@link ApprovalMessage} of this withdrawal under the policy version
 * fixed when it was held; the withdrawal's initiator can never approve it; each approver counts once. When M
 * distinct approvals are in, the withdrawal moves to APPROVED (exactly once: the lifecycle's writes are
 * conditional). Every recorded and every refused approval is audited.
 *
 * <p>The initiator is the withdrawal's customer id for now: requests carry no separate "initiated by" yet.
 */
public final class ApprovalService {
    private final WithdrawalService withdrawals;
    private final ApprovalStore approvals;
    private final ApproverRegistry approvers;
    private final AuditLog audit;
    private final Clock clock;

    public ApprovalService(WithdrawalService withdrawals, ApprovalStore approvals, ApproverRegistry approvers,
                           AuditLog audit, Clock clock) {
        this.withdrawals = withdrawals;
        this.approvals = approvals;
        this.approvers = approvers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a withdrawal's approval stands; {@link #message()} is what approvers must sign. */
    public record Status(Withdrawal withdrawal, ApprovalRequirement requirement, List<Approval> approvals,
                         boolean replayed) {
        public byte[] message() {
            return ApprovalMessage.bytes(withdrawal, requirement.policyVersion());
        }
    }

    /** Registers an approver's public key; the same key again is a replay, another key a 409. */
    public ApproverRegistry.Registered register(TenantId tenant, String approverId, String publicKey) {
        Approver approver;
        try {
            approver = new Approver(tenant, approverId, publicKey, clock.instant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PlatformException.validation("the approver is not valid",
                    List.of(new FieldError("publicKey", "must be a base64 X.509 P-256 public key; approverId "
                            + "1-64 letters, digits, '_' or '-'")));
        }
        ApproverRegistry.Registered registered = approvers.register(approver);
        if (!registered.sameKey()) {
            throw new PlatformException(ErrorCode.CONFLICT, "this approver is registered with another key");
        }
        if (!registered.existed()) {
            audit.append(new AuditRecord("approver.registered", tenant.value(), approverId,
                    Map.of("registeredAt", approver.registeredAt().toString())));
        }
        return registered;
    }

    public Status status(TenantId tenant, UUID withdrawalId) {
        Withdrawal w = find(tenant, withdrawalId);
        return new Status(w, requirement(w), approvals.approvals(tenant, withdrawalId), false);
    }

    /**
     * Records one approver's signed approval and completes the withdrawal's approval once M are in. The same
     * approver with the same signature again is a no-op (and finishes a completion a crash interrupted).
     */
    public Status approve(TenantId tenant, UUID withdrawalId, String approverId, byte[] signature) {
        if (approverId == null || !Approver.ID.matcher(approverId).matches()) {
            throw PlatformException.validation("the approval is not valid",
                    List.of(new FieldError("approverId", "must be 1-64 letters, digits, '_' or '-'")));
        }
        Withdrawal w = find(tenant, withdrawalId);
        ApprovalRequirement requirement = requirement(w);
        if (approverId.equals(initiatorOf(w))) {
            throw refused(w, approverId, "SELF_APPROVAL", ErrorCode.FORBIDDEN,
                    "the initiator of a withdrawal cannot approve it");
        }
        Approver approver = approvers.find(tenant, approverId).orElseThrow(() -> refused(w, approverId,
                "UNKNOWN_APPROVER", ErrorCode.FORBIDDEN, "the approval signature does not verify"));
        if (!P256.verify(approver.key(), ApprovalMessage.bytes(w, requirement.policyVersion()), signature)) {
            throw refused(w, approverId, "BAD_SIGNATURE", ErrorCode.FORBIDDEN, "the approval signature does not verify");
        }
        Approval approval = new Approval(approverId, Base64.getEncoder().encodeToString(signature), clock.instant());
        if (w.state() != WithdrawalState.PENDING_APPROVAL) {
            boolean replay = approvals.approvals(tenant, withdrawalId).stream()
                    .anyMatch(a -> a.approverId().equals(approverId) && a.signature().equals(approval.signature()));
            if (replay) {
                return new Status(w, requirement, approvals.approvals(tenant, withdrawalId), true);
            }
            throw new PlatformException(ErrorCode.CONFLICT, "the withdrawal is " + w.state() + ", not awaiting approvals");
        }
        ApprovalStore.Recorded recorded = approvals.record(tenant, withdrawalId, approval);
        if (recorded == ApprovalStore.Recorded.DUPLICATE_APPROVER) {
            throw new PlatformException(ErrorCode.CONFLICT, "this approver has already approved the withdrawal");
        }
        List<Approval> all = approvals.approvals(tenant, withdrawalId);
        if (recorded == ApprovalStore.Recorded.NEW) {
            audit.append(new AuditRecord("approval.recorded", tenant.value(), withdrawalId.toString(), Map.of(
                    "approverId", approverId, "policyVersion", requirement.policyVersion(),
                    "approvals", Integer.toString(all.size()),
                    "requiredApprovals", Integer.toString(requirement.requiredApprovals()))));
        }
        Withdrawal current = all.size() >= requirement.requiredApprovals() ? complete(tenant, withdrawalId) : w;
        return new Status(current, requirement, all, recorded == ApprovalStore.Recorded.REPLAY);
    }

    /** The four-eyes counterpart: who asked for the withdrawal. */
    static String initiatorOf(Withdrawal w) {
        return w.request().customerId();
    }

    private Withdrawal complete(TenantId tenant, UUID withdrawalId) {
        Withdrawal current = find(tenant, withdrawalId);
        if (current.state() != WithdrawalState.PENDING_APPROVAL) {
            return current;
        }
        try {
            return withdrawals.approve(tenant, withdrawalId);
        } catch (PlatformException e) {
            if (e.errorCode() != ErrorCode.CONFLICT) {
                throw e;
            }
            return find(tenant, withdrawalId);
        }
    }

    private Withdrawal find(TenantId tenant, UUID withdrawalId) {
        return withdrawals.find(tenant, withdrawalId)
                .orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "no such withdrawal"));
    }

    private ApprovalRequirement requirement(Withdrawal w) {
        return approvals.requirement(w.tenant(), w.id()).orElseThrow(() -> new PlatformException(ErrorCode.CONFLICT,
                "the withdrawal does not await approvals"));
    }

    private PlatformException refused(Withdrawal w, String approverId, String reason, ErrorCode code, String detail) {
        audit.append(new AuditRecord("approval.refused", w.tenant().value(), w.id().toString(),
                Map.of("approverId", approverId, "reason", reason)));
        return new PlatformException(code, detail);
    }
}
