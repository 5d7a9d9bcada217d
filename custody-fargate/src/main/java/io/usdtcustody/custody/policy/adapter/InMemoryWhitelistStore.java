package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.custody.policy.WhitelistEntry;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Whitelists in memory for unit tests; passes the same contract as the DynamoDB store. */
public final class InMemoryWhitelistStore implements WhitelistStore {
    private final Map<String, TreeMap<String, WhitelistEntry>> byCustomer = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    @Override
    public synchronized Added add(WhitelistEntry entry, String idempotencyKey) {
        String customer = customerKey(entry.tenant(), entry.customerId());
        String boundHash = keys.putIfAbsent(customer + "#" + idempotencyKey, entry.payloadHash());
        if (boundHash != null && !boundHash.equals(entry.payloadHash())) {
            return new Added(entry, true, false);
        }
        TreeMap<String, WhitelistEntry> entries = byCustomer.computeIfAbsent(customer, k -> new TreeMap<>());
        String key = entryKey(entry.chain(), entry.address());
        WhitelistEntry existing = entries.get(key);
        if (existing == null) {
            if (entries.size() >= MAX_ENTRIES) {
                throw new PlatformException(ErrorCode.LIMIT_EXCEEDED, "a customer has at most " + MAX_ENTRIES
                        + " whitelist entries");
            }
            entries.put(key, entry);
            existing = entry;
        }
        return new Added(existing, boundHash != null, true);
    }

    @Override
    public synchronized Optional<WhitelistEntry> find(TenantId tenant, String customerId, Chain chain, String address) {
        return Optional.ofNullable(byCustomer.getOrDefault(customerKey(tenant, customerId), new TreeMap<>())
                .get(entryKey(chain, address)));
    }

    @Override
    public synchronized List<WhitelistEntry> list(TenantId tenant, String customerId) {
        return List.copyOf(byCustomer.getOrDefault(customerKey(tenant, customerId), new TreeMap<>()).values());
    }

    @Override
    public synchronized boolean remove(TenantId tenant, String customerId, Chain chain, String address) {
        TreeMap<String, WhitelistEntry> entries = byCustomer.get(customerKey(tenant, customerId));
        return entries != null && entries.remove(entryKey(chain, address)) != null;
    }

    private static String customerKey(TenantId tenant, String customerId) {
        return tenant.value() + "#" + customerId;
    }

    private static String entryKey(Chain chain, String address) {
        return chain.name() + "#" + address;
    }
}
