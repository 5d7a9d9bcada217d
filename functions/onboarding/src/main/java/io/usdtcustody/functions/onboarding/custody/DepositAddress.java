package io.usdtcustody.functions.onboarding.custody;

import io.usdtcustody.model.money.Chain;
import java.util.Objects;

/** A customer's deposit address on a chain, as custody derived it from the tenant's account xpub. */
public record DepositAddress(String customerId, Chain chain, String address) {
    public DepositAddress {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(address, "address");
    }
}
