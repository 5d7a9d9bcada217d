package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Account xpubs in memory, for unit tests and local runs. Keeps the xpub text, so every {@link #find} hands
 * out a fresh key that the caller may destroy.
 */
public final class InMemoryAccountXpubs implements AccountXpubs {
    private final Map<String, String> xpubByAccount = new HashMap<>();
    private final Map<String, String> accountByPublicKey = new HashMap<>();

    @Override
    public synchronized Optional<ExtendedKey> find(TenantId tenant, Chain chain) {
        return Optional.ofNullable(xpubByAccount.get(account(tenant, chain))).map(ExtendedKey::parse);
    }

    @Override
    public synchronized void register(TenantId tenant, Chain chain, ExtendedKey xpub) {
        String account = account(tenant, chain);
        String text = DepositAddressRules.requireAccountXpub(xpub).toXpub();
        String existing = xpubByAccount.get(account);
        if (existing != null) {
            if (existing.equals(text)) {
                return;
            }
            throw DepositAddressRules.differentXpubRegistered(tenant, chain);
        }
        String publicKeyId = DepositAddressRules.publicKeyId(xpub);
        if (accountByPublicKey.containsKey(publicKeyId)) {
            throw DepositAddressRules.xpubUsedElsewhere();
        }
        xpubByAccount.put(account, text);
        accountByPublicKey.put(publicKeyId, account);
    }

    private static String account(TenantId tenant, Chain chain) {
        return Objects.requireNonNull(tenant, "tenant") + "/" + Objects.requireNonNull(chain, "chain");
    }
}
