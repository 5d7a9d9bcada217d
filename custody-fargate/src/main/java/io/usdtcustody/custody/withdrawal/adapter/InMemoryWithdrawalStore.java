package io.usdtcustody.custody.withdrawal.adapter;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Withdrawals in memory for unit tests; passes the same contract as the DynamoDB store. */
public final class InMemoryWithdrawalStore implements WithdrawalStore {
    private final Map<String, Withdrawal> withdrawals = new HashMap<>();
    private final Map<String, UUID> keys = new HashMap<>();
    private final List<OutboxEvent> published = new ArrayList<>();

    @Override
    public synchronized Created create(Withdrawal withdrawal, String idempotencyKey, OutboxEvent event) {
        String key = withdrawal.tenant() + "/" + idempotencyKey;
        UUID existing = keys.get(key);
        if (existing != null) {
            Withdrawal found = withdrawals.get(withdrawal.tenant() + "/" + existing);
            return new Created(found, true, found.request().payloadHash().equals(withdrawal.request().payloadHash()));
        }
        keys.put(key, withdrawal.id());
        withdrawals.put(withdrawal.tenant() + "/" + withdrawal.id(), withdrawal);
        published.add(event);
        return new Created(withdrawal, false, true);
    }

    @Override
    public synchronized boolean transition(Withdrawal current, Withdrawal next, Optional<OutboxEvent> event) {
        String key = current.tenant() + "/" + current.id();
        Withdrawal stored = withdrawals.get(key);
        if (stored == null || stored.version() != current.version()) {
            return false;
        }
        withdrawals.put(key, next);
        event.ifPresent(published::add);
        return true;
    }

    @Override
    public synchronized Optional<Withdrawal> find(TenantId tenant, UUID id) {
        return Optional.ofNullable(withdrawals.get(tenant + "/" + id));
    }

    @Override
    public synchronized List<Withdrawal> inState(WithdrawalState state, int limit) {
        return withdrawals.values().stream().filter(w -> w.state() == state)
                .sorted(Comparator.comparing(Withdrawal::updatedAt)).limit(limit).toList();
    }

    @Override
    public synchronized List<Withdrawal> latestInState(WithdrawalState state, int limit) {
        return withdrawals.values().stream().filter(w -> w.state() == state)
                .sorted(Comparator.comparing(Withdrawal::updatedAt).reversed()).limit(limit).toList();
    }

    public synchronized List<OutboxEvent> published() {
        return List.copyOf(published);
    }
}
