package io.usdtcustody.custody.ledger.adapter;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.JournalEntry;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's semantics in memory, for unit tests of the services built on it. It passes the same contract
 * test as {@link DynamoDbLedger}; it is not a production adapter.
 */
public final class InMemoryLedger implements Ledger {
    private final Clock clock;
    private final Map<AccountId, Long> balances = new HashMap<>();
    private final Map<UUID, TransferReceipt> transfers = new HashMap<>();
    private final Map<AccountId, List<JournalEntry>> journals = new HashMap<>();
    private final List<OutboxEvent> published = new ArrayList<>();
    private final LedgerEvents events;

    public InMemoryLedger(Clock clock, LedgerEvents events) {
        this.clock = clock;
        this.events = events;
    }

    /** Events committed with transfers, in commit order. */
    public synchronized List<OutboxEvent> published() {
        return List.copyOf(published);
    }

    @Override
    public synchronized void open(AccountId account) {
        balances.putIfAbsent(account, 0L);
    }

    @Override
    public synchronized TransferReceipt transfer(TenantId tenant, TransferRequest request, List<OutboxEvent> alsoPublish) {
        if (!request.debit().tenant().equals(tenant)) {
            throw notFound(request.debit());
        }
        TransferReceipt existing = transfers.get(request.transferId());
        if (existing != null) {
            if (existing.request().debit().tenant().equals(tenant)
                    && existing.request().payloadHash().equals(request.payloadHash())) {
                return new TransferReceipt(existing.request(), existing.appliedAt(), true);
            }
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "transfer id " + request.transferId() + " was already used for a different transfer");
        }
        Long debit = balances.get(request.debit());
        if (debit == null) {
            throw notFound(request.debit());
        }
        Long credit = balances.get(request.credit());
        if (credit == null) {
            throw notFound(request.credit());
        }
        long amount = request.amount().minorUnits();
        if (!request.debit().purpose().mayGoNegative() && debit < amount) {
            throw new PlatformException(ErrorCode.INSUFFICIENT_FUNDS, "the debit account's available balance is not sufficient");
        }
        if (credit > Long.MAX_VALUE - amount) {
            throw new PlatformException(ErrorCode.LIMIT_EXCEEDED,
                    "the credit account's balance would exceed the largest representable amount");
        }
        Instant at = clock.instant();
        balances.put(request.debit(), debit - amount);
        balances.put(request.credit(), credit + amount);
        TransferReceipt receipt = new TransferReceipt(request, at, false);
        transfers.put(request.transferId(), receipt);
        published.add(events.transferApplied(request, at));
        published.addAll(alsoPublish);
        journals.computeIfAbsent(request.debit(), a -> new ArrayList<>()).add(new JournalEntry(request.debit(),
                request.transferId(), at, request.amount().negate(), request.credit(), request.kind(), request.reference()));
        journals.computeIfAbsent(request.credit(), a -> new ArrayList<>()).add(new JournalEntry(request.credit(),
                request.transferId(), at, request.amount(), request.debit(), request.kind(), request.reference()));
        return receipt;
    }

    private static PlatformException notFound(AccountId account) {
        return new PlatformException(ErrorCode.NOT_FOUND, "no such account: " + account.key());
    }

    @Override
    public synchronized Optional<Amount> balance(TenantId tenant, AccountId account) {
        if (!account.tenant().equals(tenant) || !balances.containsKey(account)) {
            return Optional.empty();
        }
        return Optional.of(Amount.of(balances.get(account), account.asset()));
    }

    @Override
    public synchronized Optional<TransferReceipt> transfer(TenantId tenant, UUID transferId) {
        return Optional.ofNullable(transfers.get(transferId))
                .filter(r -> r.request().debit().tenant().equals(tenant))
                .map(r -> new TransferReceipt(r.request(), r.appliedAt(), true));
    }

    @Override
    public synchronized List<JournalEntry> journal(TenantId tenant, AccountId account, Instant from, Instant to, int limit) {
        if (!account.tenant().equals(tenant)) {
            return List.of();
        }
        return journals.getOrDefault(account, List.of()).stream()
                .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                .limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public synchronized Map<Asset, Long> trialBalance() {
        Map<Asset, BigInteger> sums = new HashMap<>();
        balances.forEach((account, balance) -> sums.merge(account.asset(), BigInteger.valueOf(balance), BigInteger::add));
        Map<Asset, Long> result = new HashMap<>();
        sums.forEach((asset, sum) -> result.put(asset, sum.longValueExact()));
        return result;
    }
}
