package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.UsagePlanSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meters partner keys by their catalogue usage plan, as API Gateway does: a token bucket per key (refilled at
 * the plan's rate, holding at most its burst) and a count per UTC day against the plan's quota. A refused
 * request is not counted. Time comes from the injected clock only, so tests step through seconds and days.
 */
public final class UsagePlanLimiter {
    private static final long NANOS_PER_TOKEN = 1_000_000_000L;

    private final ApiSpec api;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public UsagePlanLimiter(ApiSpec api, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the key may make one more request now, and if not, which limit and for how long. */
    public Admission admit(PartnerKey key) {
        UsagePlanSpec plan = api.usagePlan(key.usagePlan());
        Instant now = clock.instant();
        return buckets.computeIfAbsent(key.keyId(), id -> new Bucket(plan, now)).take(plan, now);
    }

    /** The outcome for one request: admitted, or refused by the rate (burst) or the daily quota. */
    public record Admission(Limit limit, long retryAfterSeconds) {
        /** Which limit refused the request; {@code NONE} when admitted. */
        public enum Limit { NONE, RATE, QUOTA }

        public boolean admitted() {
            return limit == Limit.NONE;
        }
    }

    /** One key's bucket (in nano-tokens, so refills need no fractions) and its count for the current day. */
    private static final class Bucket {
        private long nanoTokens;
        private Instant refilledAt;
        private LocalDate day;
        private long usedToday;

        Bucket(UsagePlanSpec plan, Instant now) {
            this.nanoTokens = plan.burst() * NANOS_PER_TOKEN;
            this.refilledAt = now;
            this.day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        }

        synchronized Admission take(UsagePlanSpec plan, Instant now) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            if (!today.equals(day)) {
                day = today;
                usedToday = 0;
            }
            refill(plan, now);
            if (usedToday >= plan.requestsPerDay()) {
                Instant midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Admission(Admission.Limit.QUOTA, ceilSeconds(Duration.between(now, midnight).toNanos()));
            }
            if (nanoTokens < NANOS_PER_TOKEN) {
                long missing = NANOS_PER_TOKEN - nanoTokens;
                return new Admission(Admission.Limit.RATE, ceilSeconds((missing + plan.ratePerSecond() - 1) / plan.ratePerSecond()));
            }
            nanoTokens -= NANOS_PER_TOKEN;
            usedToday++;
            return new Admission(Admission.Limit.NONE, 0);
        }

        private void refill(UsagePlanSpec plan, Instant now) {
            long capacity = plan.burst() * NANOS_PER_TOKEN;
            long elapsed = Duration.between(refilledAt, now).toNanos();
            if (elapsed <= 0) {
                return;
            }
            // capping the elapsed time first keeps elapsed * rate far from overflowing
            long bounded = Math.min(elapsed, capacity / plan.ratePerSecond() + 1);
            nanoTokens = Math.min(capacity, nanoTokens + bounded * plan.ratePerSecond());
            refilledAt = now;
        }

        private static long ceilSeconds(long nanos) {
            return Math.max(1, (nanos + NANOS_PER_TOKEN - 1) / NANOS_PER_TOKEN);
        }
    }
}
