package io.usdtcustody.custody.api;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;

/**
 * The caller's tenant, from {@code X-Tenant-Id}: the API gateway sets it from the authenticated identity (API
 * key or JWT) and strips any value a client sent, so custody trusts it and scopes every read and write by it.
 */
public final class TenantHeader {
    public static final String NAME = "X-Tenant-Id";

    private TenantHeader() {
    }

    public static TenantId require(String header) {
        if (header == null || header.isBlank()) {
            throw new PlatformException(ErrorCode.UNAUTHENTICATED, "the request carries no tenant (X-Tenant-Id)");
        }
        try {
            return TenantId.of(header);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.UNAUTHENTICATED, "the tenant (X-Tenant-Id) is not valid");
        }
    }
}
