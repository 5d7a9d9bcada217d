package io.usdtcustody.custody.address.port;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/**
 * The directory of deposit addresses: allocation (each index handed out once, under any concurrency, so no two
 * customers ever share an address) and reverse lookup from an on-chain address to its owner.
 */
public interface DepositAddresses {

    /** The customer's deposit address on the chain, allocating the next index the first time. */
    DepositAddress addressFor(TenantId tenant, String customerId, Chain chain);

    /** Who owns {@code normalizedAddress} on {@code chain}, if it is one of ours. */
    Optional<DepositAddress> lookup(Chain chain, String normalizedAddress);
}
