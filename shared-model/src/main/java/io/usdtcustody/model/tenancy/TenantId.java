package io.usdtcustody.model.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant: a partner fintech (or the platform's own retail business). Every customer, account and event
 * belongs to exactly one tenant, and data access is always scoped by it.
 */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,38}[a-z0-9]|[a-z0-9]");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a tenant id is 1-40 lower-case letters, digits and inner dashes");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
