package io.usdtcustody.model.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant: a partner fintech (or the platform's own retail business). Every customer, account and event
 * belongs to exactly one tenant, and data access is always scoped by it.
 */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,38}[a-z0-9]|[a-z0-9]");

    /**
     * The platform's own operators (treasury, Travel Rule holds): reserved, so no partner key or customer token
     * can ever name it — a caller from the public edges with this tenant would get operator powers.
     */
    public static final TenantId PLATFORM = new TenantId("platform");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a tenant id is 1-40 lower-case letters, digits and inner dashes");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    /**
     * The tenant a public caller's credential names (a partner key's prefix, a token's tenant claim): empty when the
     * value is not a tenant id, or names the reserved {@link #PLATFORM}.
     */
    public static Optional<TenantId> ofCaller(String value) {
        if (value == null || !FORMAT.matcher(value).matches() || value.equals(PLATFORM.value)) {
            return Optional.empty();
        }
        return Optional.of(new TenantId(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
