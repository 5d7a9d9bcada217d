package io.usdtcustody.custody.deposit.travelrule.port;

import io.usdtcustody.custody.deposit.travelrule.ReceivedTravelRule;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;

/**
 * Travel Rule data received for incoming transfers, per tenant: a tenant reads only what it (or a VASP on its
 * behalf) submitted. One entry per (transaction, destination, log index or "any"); a later submission for the same
 * key replaces the earlier one (a corrected payload). Submissions are idempotent on the caller's key: the same key
 * with the same payload is a replay, with another payload a {@code PlatformException} IDEMPOTENCY_KEY_REUSED.
 */
public interface ReceivedTravelRuleStore {

    /** Whether the save wrote the data now or found it written before under the same key. */
    record Saved(boolean replayed) {
    }

    /** Stores {@code data} under the caller's idempotency key; {@code payloadHash} identifies the request. */
    Saved save(String idempotencyKey, String payloadHash, ReceivedTravelRule data);

    /** Everything the tenant received for one transaction, latest submission per key. */
    List<ReceivedTravelRule> forTransaction(TenantId tenant, Chain chain, String txHash);
}
