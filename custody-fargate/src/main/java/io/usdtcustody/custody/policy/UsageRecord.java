package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One withdrawal counted against rolling limits and velocity: who, how much, and when. {@code at} is the
 * withdrawal's creation time, so recording the same withdrawal again always yields the same record.
 */
public record UsageRecord(TenantId tenant, String customerId, UUID withdrawalId, Amount amount, Instant at) {
    public UsageRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(withdrawalId, "withdrawalId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("usage is a positive amount");
        }
    }

    public static UsageRecord of(Withdrawal w) {
        return new UsageRecord(w.tenant(), w.request().customerId(), w.id(), w.request().amount(), w.createdAt());
    }
}
