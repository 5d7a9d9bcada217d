package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.model.tenancy.TenantId;
import java.util.Objects;

/**
 * A partner's API key as the gateway knows it: its public id (what logs, events and the target see), the
 * partner's tenant and the usage plan it is metered on. The key's value is not part of it.
 */
public record PartnerKey(String keyId, TenantId tenant, String usagePlan) {
    public PartnerKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(usagePlan, "usagePlan");
        if (!keyId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a key id is 1-64 letters, digits, dashes and underscores");
        }
    }
}
