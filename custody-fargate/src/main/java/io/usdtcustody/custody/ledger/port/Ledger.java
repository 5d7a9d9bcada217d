package io.usdtcustody.custody.ledger.port;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.JournalEntry;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The double-entry funding ledger. Every call is scoped to a tenant: accounts of another tenant are invisible
 * (reads find nothing, transfers fail as if the account did not exist). Failures are
 * {@code PlatformException}s: NOT_FOUND (unknown account), INSUFFICIENT_FUNDS, IDEMPOTENCY_KEY_REUSED (same
 * transfer id, different payload), VALIDATION_FAILED.
 */
public interface Ledger {

    /** Opens the account if it does not exist; opening an existing account changes nothing. */
    void open(AccountId account);

    /**
     * Applies the transfer exactly once per transfer id (see {@link TransferRequest}) and commits a
     * {@code wallet.transfer.applied} event with it.
     */
    default TransferReceipt transfer(TenantId tenant, TransferRequest request) {
        return transfer(tenant, request, List.of());
    }

    /** As {@link #transfer(TenantId, TransferRequest)}, committing {@code alsoPublish} in the same transaction. */
    TransferReceipt transfer(TenantId tenant, TransferRequest request, List<OutboxEvent> alsoPublish);

    /** The current balance (all shards summed), or empty when the tenant has no such account. */
    Optional<Amount> balance(TenantId tenant, AccountId account);

    /** A transfer by id, or empty when the tenant has none with that id. */
    Optional<TransferReceipt> transfer(TenantId tenant, UUID transferId);

    /** Journal entries of one account in [from, to), oldest first, at most {@code limit}. */
    List<JournalEntry> journal(TenantId tenant, AccountId account, Instant from, Instant to, int limit);

    /** Per asset, the sum of every account's balance across all tenants: zero when the books balance. */
    Map<Asset, Long> trialBalance();
}
