package io.usdtcustody.custody.approval;

import io.usdtcustody.model.tenancy.TenantId;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone allowed to approve a tenant's withdrawals, known by the P-256 public key whose private half they hold
 * (in a hardware key or a platform authenticator; custody never sees it). {@code publicKey} is the base64
 * X.509 SubjectPublicKeyInfo, validated on construction.
 */
public record Approver(TenantId tenant, String approverId, String publicKey, Instant registeredAt) {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public Approver {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(approverId, "approverId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (!ID.matcher(approverId).matches()) {
            throw new IllegalArgumentException("an approver id is 1-64 letters, digits, '_' or '-'");
        }
        P256.parsePublicKey(publicKey);
    }

    public ECPublicKey key() {
        return P256.parsePublicKey(publicKey);
    }
}
