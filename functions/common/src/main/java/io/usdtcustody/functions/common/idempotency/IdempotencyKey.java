package io.usdtcustody.functions.common.idempotency;

import io.usdtcustody.model.tenancy.TenantId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes two write requests "the same request": the caller's tenant, the operation they address (a
 * scope such as {@code POST /v1/customers}) and the client's {@code Idempotency-Key} header. The tenant comes
 * first in the stored id, so one tenant's key can never find, replay or block another tenant's request.
 *
 * <p>The client key is 1–{@value #MAX_CLIENT_KEY_LENGTH} visible ASCII characters (a UUID is the usual
 * choice); it is not a secret, but it is never logged either — only the tenant and scope are.
 */
public record IdempotencyKey(TenantId tenant, String scope, String clientKey) {
    public static final int MAX_CLIENT_KEY_LENGTH = 255;
    private static final Pattern CLIENT_KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_CLIENT_KEY_LENGTH + "}");
    private static final Pattern SCOPE = Pattern.compile("[A-Z]{3,7} /[A-Za-z0-9/{}_.-]{0,200}");

    public IdempotencyKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(clientKey, "clientKey");
        if (!SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("scope must be a method and a resource template, e.g. POST /v1/customers");
        }
        if (!isValidClientKey(clientKey)) {
            throw new IllegalArgumentException("an idempotency key is 1-" + MAX_CLIENT_KEY_LENGTH
                    + " visible ASCII characters");
        }
    }

    /** Whether a header value can be used as a client key (checked before building a key, for a 400). */
    public static boolean isValidClientKey(String value) {
        return value != null && CLIENT_KEY.matcher(value).matches();
    }

    /** The record id: {@code TENANT#<tenant>#<scope>#<client key>}; the client key is last, so it may hold '#'. */
    public String id() {
        return "TENANT#" + tenant.value() + "#" + scope + "#" + clientKey;
    }

    /** Tenant and scope only: the client key stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "IdempotencyKey[tenant=" + tenant.value() + ", scope=" + scope + "]";
    }
}
