package io.usdtcustody.matching.api;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tenant an engine account number belongs to, for the tenant id on published events. Numbers are derived
 * from (tenant, account) by {@link AccountIds}, which cannot be reversed, so this remembers each pair a request
 * named since the process started. An account no request has named since a restart (a resting maker, say)
 * publishes as {@value #UNATTRIBUTED} until one does: a known gap, closed once accounts are registered through
 * the journal.
 */
@Singleton
public class AccountDirectory {
    static final String UNATTRIBUTED = "unattributed";
    private final Map<Long, String> tenants = new ConcurrentHashMap<>();

    /** The account number for the request's tenant and account (a 401/400 problem when either is invalid). */
    long accountId(String tenant, String account) {
        long id = AccountIds.of(tenant, account);
        tenants.putIfAbsent(id, tenant);
        return id;
    }

    public String tenantOf(long accountId) {
        return tenants.getOrDefault(accountId, UNATTRIBUTED);
    }
}
