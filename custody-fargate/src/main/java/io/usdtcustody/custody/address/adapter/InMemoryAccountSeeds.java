package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.AccountSeed;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Wrapped account seeds in memory, for unit tests: the same first-one-wins rule as the DynamoDB adapter. */
public final class InMemoryAccountSeeds implements AccountSeeds {
    private final Map<String, AccountSeed> seeds = new ConcurrentHashMap<>();

    @Override
    public AccountSeed putIfAbsent(AccountSeed seed) {
        Objects.requireNonNull(seed, "seed");
        AccountSeed earlier = seeds.putIfAbsent(key(seed.tenant(), seed.chain()), seed);
        return earlier == null ? seed : earlier;
    }

    @Override
    public Optional<AccountSeed> find(TenantId tenant, Chain chain) {
        return Optional.ofNullable(seeds.get(key(tenant, chain)));
    }

    private static String key(TenantId tenant, Chain chain) {
        return Objects.requireNonNull(tenant, "tenant").value() + "/" + Objects.requireNonNull(chain, "chain");
    }
}
