package io.usdtcustody.custody.approval.api;

/** The JSON body of {@code POST /v1/approvers}: the id and the base64 X.509 SubjectPublicKeyInfo of a P-256 key. */
public record RegisterApproverBody(String approverId, String publicKey) {
}
