package io.usdtcustody.custody.approval;

import java.time.Instant;
import java.util.Objects;

/** One approver's verified approval of one withdrawal: who, the signature (base64 DER) and when it was recorded. */
public record Approval(String approverId, String signature, Instant approvedAt) {
    public Approval {
        Objects.requireNonNull(approverId, "approverId");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
