package io.usdtcustody.functions.authorizer;

import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the authorizer concludes about one request. {@link Allow} and {@link Deny} become IAM policies (API
 * Gateway caches both for the authorizer's TTL and answers a Deny with 403); {@link Unauthorized} becomes API
 * Gateway's 401; a {@link Fault} (misconfigured stage, identity provider unreachable) fails the invocation, which
 * API Gateway answers with 500 and does not cache. Reasons are stable upper-case codes, never credentials.
 */
public sealed interface Decision {
    Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** Stable code saying why (for logs); {@code ALLOWED} for an allow. */
    String reason();

    /** The caller is {@code principalId} of {@code tenant}, authenticated by {@code method}. */
    record Allow(TenantId tenant, String principalId, AuthMethod method) implements Decision {
        public Allow {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(principalId, "principalId");
            Objects.requireNonNull(method, "method");
        }

        @Override
        public String reason() {
            return "ALLOWED";
        }
    }

    /** A credential was presented and is refused for good (cached as a Deny). */
    record Deny(String reason) implements Decision {
        public Deny {
            requireReason(reason);
        }
    }

    /** No usable credential (missing, malformed, expired or not the issuer's): 401, ask again with a new one. */
    record Unauthorized(String reason) implements Decision {
        public Unauthorized {
            requireReason(reason);
        }
    }

    /** The authorizer cannot decide; the request fails closed with a 500 that is not cached. */
    record Fault(String reason) implements Decision {
        public Fault {
            requireReason(reason);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || !REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("a reason is an upper-case code");
        }
    }
}
