package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.model.tenancy.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a request comes from, as the gateway established it: the tenant (never taken from the client's headers),
 * a principal (the API key's id, or the JWT's subject), how it was authenticated, and for partners the key
 * and usage plan. {@link #anonymous()} is for routes whose target authenticates the caller itself.
 */
public record Caller(Method method, Optional<TenantId> tenant, String principalId, Optional<PartnerKey> partnerKey) {

    /** How the caller proved who it is; the names are what targets see in the authorizer context. */
    public enum Method { API_KEY, JWT, NONE }

    public Caller {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(partnerKey, "partnerKey");
        if (method != Method.NONE && tenant.isEmpty()) {
            throw new IllegalArgumentException("an authenticated caller has a tenant");
        }
    }

    public static Caller partner(PartnerKey key) {
        return new Caller(Method.API_KEY, Optional.of(key.tenant()), key.keyId(), Optional.of(key));
    }

    public static Caller mobile(TenantId tenant, String subject) {
        return new Caller(Method.JWT, Optional.of(tenant), subject, Optional.empty());
    }

    public static Caller anonymous() {
        return new Caller(Method.NONE, Optional.empty(), "anonymous", Optional.empty());
    }
}
