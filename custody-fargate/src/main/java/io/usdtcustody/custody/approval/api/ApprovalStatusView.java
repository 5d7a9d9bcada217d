package io.usdtcustody.custody.approval.api;

import io.usdtcustody.custody.approval.ApprovalService;
import java.util.Base64;
import java.util.List;

/**
 * Where a withdrawal's approval stands, including the exact message approvers sign ({@code message}, base64 of
 * the UTF-8 {@code ApprovalMessage}) so approver tooling can show it and sign it without rebuilding it.
 */
public record ApprovalStatusView(String withdrawalId, String state, int requiredApprovals, String policyVersion,
                                 String message, List<ApprovalView> approvals) {

    /** One recorded approval (the signature itself is not echoed back). */
    public record ApprovalView(String approverId, String approvedAt) {
    }

    public static ApprovalStatusView of(ApprovalService.Status status) {
        return new ApprovalStatusView(status.withdrawal().id().toString(), status.withdrawal().state().name(),
                status.requirement().requiredApprovals(), status.requirement().policyVersion(),
                Base64.getEncoder().encodeToString(status.message()), status.approvals().stream()
                .map(a -> new ApprovalView(a.approverId(), a.approvedAt().toString())).toList());
    }
}
