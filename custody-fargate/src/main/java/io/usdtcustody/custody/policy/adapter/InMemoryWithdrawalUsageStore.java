package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.custody.policy.UsageRecord;
import io.usdtcustody.custody.policy.UsageTotals;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Usage in memory for unit tests; passes the same contract as the DynamoDB store. */
public final class InMemoryWithdrawalUsageStore implements WithdrawalUsageStore {
    private final Map<String, UsageRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized boolean record(UsageRecord usage) {
        UsageRecord existing = records.putIfAbsent(key(usage.tenant(), usage.withdrawalId()), usage);
        if (existing != null && !existing.equals(usage)) {
            throw new IllegalStateException("withdrawal " + usage.withdrawalId() + " was recorded with other usage");
        }
        return existing == null;
    }

    @Override
    public synchronized void release(TenantId tenant, UUID withdrawalId) {
        records.remove(key(tenant, withdrawalId));
    }

    @Override
    public synchronized UsageTotals totals(TenantId tenant, Optional<String> customerId, Instant after, UUID excluding) {
        UsageTotals totals = UsageTotals.empty();
        for (UsageRecord r : records.values()) {
            if (r.tenant().equals(tenant) && customerId.map(r.customerId()::equals).orElse(true)
                    && r.at().isAfter(after) && !r.withdrawalId().equals(excluding)) {
                totals = totals.plus(r.amount());
            }
        }
        return totals;
    }

    private static String key(TenantId tenant, UUID withdrawalId) {
        return tenant.value() + "#" + withdrawalId;
    }
}
