package io.usdtcustody.functions.common.idempotency;

import java.time.Duration;
import java.util.Objects;

/**
 * A write request as idempotency sees it: its key, the hash of what it asks for, and how long its claim may
 * block retries ({@code lockFor}: the invocation's remaining time, after which it cannot still be running).
 */
public record IdempotentRequest(IdempotencyKey key, PayloadHash payloadHash, Duration lockFor) {
    public IdempotentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payloadHash, "payloadHash");
        Objects.requireNonNull(lockFor, "lockFor");
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lockFor must be positive");
        }
    }
}
