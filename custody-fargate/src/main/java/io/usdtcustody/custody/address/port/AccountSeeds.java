package io.usdtcustody.custody.address.port;

import io.usdtcustody.custody.address.AccountSeed;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/**
 * The wrapped seeds of vault-generated accounts: at most one per (tenant, chain), written once and never
 * overwritten or deleted — addresses handed out derive from it, and funds on them can only be swept with it.
 * Only ciphertexts are stored here.
 */
public interface AccountSeeds {

    /**
     * Stores {@code seed} unless the tenant already has one on that chain; returns what is stored now — {@code seed}
     * itself, or the earlier one, which always wins.
     */
    AccountSeed putIfAbsent(AccountSeed seed);

    /** The tenant's seed on {@code chain}; another tenant's is never visible. */
    Optional<AccountSeed> find(TenantId tenant, Chain chain);
}
