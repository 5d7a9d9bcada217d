package io.usdtcustody.model.catalogue;

import java.util.Objects;

/**
 * A usage plan for partner API keys, as API Gateway enforces it: a token bucket refilled at
 * {@code ratePerSecond} holding at most {@code burst} requests, and at most {@code requestsPerDay} per UTC day.
 * Callers over either limit get 429 with {@code Retry-After}.
 */
public record UsagePlanSpec(String name, int ratePerSecond, int burst, long requestsPerDay, String purpose) {
    public UsagePlanSpec {
        CatalogueNames.requireName(name);
        if (ratePerSecond < 1 || ratePerSecond > 10_000) {
            throw new IllegalArgumentException("ratePerSecond must be 1..10000: " + ratePerSecond);
        }
        if (burst < ratePerSecond || burst > 5_000 + ratePerSecond) {
            throw new IllegalArgumentException("burst must be at least the rate and at most rate + 5000: " + burst);
        }
        if (requestsPerDay < 1) {
            throw new IllegalArgumentException("requestsPerDay must be positive: " + requestsPerDay);
        }
        Objects.requireNonNull(purpose, "purpose");
    }
}
