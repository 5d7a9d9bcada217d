package io.usdtcustody.custody.approval.api;

/** The JSON body of {@code POST /v1/withdrawals/{id}/approvals}: who approves, and the base64 DER signature. */
public record ApproveBody(String approverId, String signature) {
}
