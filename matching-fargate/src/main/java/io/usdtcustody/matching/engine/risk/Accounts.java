package io.usdtcustody.matching.engine.risk;

import io.usdtcustody.matching.engine.collections.LongObjectHashMap;

/** Every trading account the engine knows, by id. An account comes into being with its first deposit. */
public final class Accounts {
    private final LongObjectHashMap<Account> byId;
    private int assetIdBound;

    public Accounts(int expectedAccounts) {
        this.byId = new LongObjectHashMap<>(expectedAccounts);
    }

    /** The account, or {@code null} when it has never received anything. */
    public Account get(long accountId) {
        return byId.get(accountId);
    }

    public Account getOrCreate(long accountId) {
        Account account = byId.get(accountId);
        if (account == null) {
            account = new Account(accountId, assetIdBound);
            byId.put(accountId, account);
        }
        return account;
    }

    /** Tells new accounts how many assets to size their balances for. */
    public void assetIdBound(int bound) {
        this.assetIdBound = bound;
    }

    public int size() {
        return byId.size();
    }

    /** Account ids in ascending order (allocates; for snapshots and audits). */
    public long[] sortedIds() {
        return byId.sortedKeys();
    }
}
