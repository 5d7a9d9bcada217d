package io.usdtcustody.custody.deposit.travelrule.adapter;

import io.usdtcustody.custody.deposit.travelrule.HeldDeposit;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link HeldDepositStore} in memory; keeps the events it committed, for tests. */
public final class InMemoryHeldDepositStore implements HeldDepositStore {
    private final Map<String, HeldDeposit> holds = new LinkedHashMap<>();
    private final List<OutboxEvent> published = new ArrayList<>();

    @Override
    public synchronized boolean create(HeldDeposit held) {
        if (held.version() != 0) {
            throw new IllegalArgumentException("a new hold has version 0");
        }
        return holds.putIfAbsent(key(held.owner().tenant(), held.transfer().txHash(), held.transfer().logIndex()),
                held) == null;
    }

    @Override
    public synchronized Optional<HeldDeposit> find(TenantId tenant, Chain chain, String txHash, long logIndex) {
        return chain == Chain.ETHEREUM ? Optional.ofNullable(holds.get(key(tenant, txHash, logIndex))) : Optional.empty();
    }

    @Override
    public synchronized List<HeldDeposit> forTransaction(TenantId tenant, Chain chain, String txHash) {
        return holds.values().stream().filter(h -> chain == Chain.ETHEREUM && h.owner().tenant().equals(tenant)
                && h.transfer().txHash().equalsIgnoreCase(txHash)).toList();
    }

    @Override
    public synchronized List<HeldDeposit> waiting(TenantId tenant, int limit) {
        return holds.values().stream().filter(h -> h.owner().tenant().equals(tenant)
                        && h.state() == HeldDeposit.State.HELD)
                .sorted(Comparator.comparing(HeldDeposit::heldAt)).limit(limit).toList();
    }

    @Override
    public synchronized boolean update(HeldDeposit next, Optional<OutboxEvent> event) {
        String key = key(next.owner().tenant(), next.transfer().txHash(), next.transfer().logIndex());
        HeldDeposit current = holds.get(key);
        if (current == null || current.version() != next.version() - 1) {
            return false;
        }
        holds.put(key, next);
        event.ifPresent(published::add);
        return true;
    }

    public synchronized List<OutboxEvent> published() {
        return List.copyOf(published);
    }

    private static String key(TenantId tenant, String txHash, long logIndex) {
        return tenant.value() + "#" + txHash.toLowerCase(java.util.Locale.ROOT) + "#" + logIndex;
    }
}
