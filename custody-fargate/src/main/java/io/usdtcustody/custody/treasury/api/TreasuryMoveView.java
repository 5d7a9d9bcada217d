package io.usdtcustody.custody.treasury.api;

import io.usdtcustody.custody.approval.Approval;
import io.usdtcustody.custody.treasury.TreasuryMessage;
import io.usdtcustody.custody.treasury.TreasuryMove;
import java.util.Base64;
import java.util.List;

/**
 * A treasury move as operators see it; {@code approvalMessage} (base64) is exactly what each approver signs with
 * their registered P-256 key, so an approval tool needs nothing else.
 */
public record TreasuryMoveView(String id, String direction, String asset, String chain, String amount, String from,
                               String to, String state, String initiatedBy, int requiredApprovals,
                               List<String> approvedBy, String releaseAt, String txHash, String reason,
                               String approvalMessage, String createdAt) {

    public static TreasuryMoveView of(TreasuryMove m, List<Approval> approvals) {
        return new TreasuryMoveView(m.id().toString(), m.direction().name(), m.amount().asset().code(),
                m.amount().asset().chain().name(), m.amount().toPlainString(), m.from(), m.to(), m.state().name(),
                m.initiatedBy(), m.requiredApprovals(), approvals.stream().map(Approval::approverId).toList(),
                m.releaseAt() == null ? null : m.releaseAt().toString(), m.txHash(), m.reason(),
                Base64.getEncoder().encodeToString(TreasuryMessage.bytes(m)), m.createdAt().toString());
    }
}
