package io.usdtcustody.custody.policy.port;

import io.usdtcustody.custody.policy.UsageRecord;
import io.usdtcustody.custody.policy.UsageTotals;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Withdrawals counted against rolling limits and velocity, per customer and per tenant. Recording is idempotent
 * by withdrawal id; reads are strongly consistent, so a withdrawal recorded before a sum is in it.
 */
public interface WithdrawalUsageStore {

    /**
     * Records the withdrawal once. Returns true when it was new, false when the same record was there already.
     *
     * @throws IllegalStateException when the id was recorded with another customer, amount or time
     */
    boolean record(UsageRecord usage);

    /** Forgets a recorded withdrawal (a policy re-check refused it); a no-op when it is unknown. */
    void release(TenantId tenant, UUID withdrawalId);

    /**
     * Sums the withdrawals recorded strictly after {@code after}, for one customer or (empty) the whole tenant,
     * leaving out {@code excluding} (the withdrawal being evaluated, which the caller adds itself; null for none).
     */
    UsageTotals totals(TenantId tenant, Optional<String> customerId, Instant after, UUID excluding);
}
