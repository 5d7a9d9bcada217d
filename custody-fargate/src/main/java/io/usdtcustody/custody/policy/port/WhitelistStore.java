package io.usdtcustody.custody.policy.port;

import io.usdtcustody.custody.policy.WhitelistEntry;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The customers' withdrawal address books, scoped by tenant and customer in every call. Adding an address that
 * is already listed keeps the original entry (and its {@code addedAt}), so re-adding never shortens a
 * cooling-off period; an idempotency key is bound to the entry it first added.
 */
public interface WhitelistStore {

    /** What {@link #add} did: the entry as stored, whether the key was seen before, and with the same payload. */
    record Added(WhitelistEntry entry, boolean replayed, boolean samePayload) {
    }

    /** At most this many entries per customer; a bound against abuse and on {@link #list}. */
    int MAX_ENTRIES = 200;

    /**
     * Adds {@code entry} unless the address is already listed. A repeated key with the same chain, address and
     * label is a replay; with another payload, {@code samePayload} is false and nothing changes.
     *
     * @throws io.usdtcustody.model.errors.PlatformException {@code LIMIT_EXCEEDED} past {@link #MAX_ENTRIES}
     */
    Added add(WhitelistEntry entry, String idempotencyKey);

    Optional<WhitelistEntry> find(TenantId tenant, String customerId, Chain chain, String address);

    /** The customer's entries, by chain then address, at most {@link #MAX_ENTRIES}. */
    List<WhitelistEntry> list(TenantId tenant, String customerId);

    /** Removes the entry; false when there was none (deleting twice is not an error). */
    boolean remove(TenantId tenant, String customerId, Chain chain, String address);
}
