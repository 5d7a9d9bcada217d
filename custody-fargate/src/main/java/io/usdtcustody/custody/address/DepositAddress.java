package io.usdtcustody.custody.address;

import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Objects;

/**
 * A customer's deposit address on one chain: derived from the tenant's account xpub at {@code index}
 * (BIP44 {@code m/44'/coin'/0'/0/index}), {@code address} in the chain's normalised form.
 */
public record DepositAddress(TenantId tenant, String customerId, Chain chain, String address, long index) {
    public DepositAddress {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(address, "address");
        if (index < 0 || index >= (1L << 31)) {
            throw new IllegalArgumentException("a non-hardened BIP32 index is 0..2^31-1");
        }
    }
}
