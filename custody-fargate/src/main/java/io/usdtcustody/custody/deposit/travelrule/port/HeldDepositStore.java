package io.usdtcustody.custody.deposit.travelrule.port;

import io.usdtcustody.custody.deposit.travelrule.HeldDeposit;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Deposits held by the Travel Rule, per tenant, keyed by (chain, transaction hash, log index). Every change is
 * compare-and-set on the version, and may commit an event with it (all or nothing).
 */
public interface HeldDepositStore {

    /** Records a new hold (version 0); false when one exists already for that log (left as it is). */
    boolean create(HeldDeposit held);

    Optional<HeldDeposit> find(TenantId tenant, Chain chain, String txHash, long logIndex);

    /** The tenant's held deposits (in any state) of one transaction. */
    List<HeldDeposit> forTransaction(TenantId tenant, Chain chain, String txHash);

    /** The review queue: the tenant's deposits still {@code HELD}, oldest first, at most {@code limit}. */
    List<HeldDeposit> waiting(TenantId tenant, int limit);

    /**
     * Replaces the hold with {@code next} if the stored version is still {@code next.version() - 1}, committing
     * {@code event} (if any) in the same write; false (and nothing written) when someone changed it first.
     */
    boolean update(HeldDeposit next, Optional<OutboxEvent> event);
}
