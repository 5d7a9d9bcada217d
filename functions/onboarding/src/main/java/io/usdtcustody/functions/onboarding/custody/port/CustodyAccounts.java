package io.usdtcustody.functions.onboarding.custody.port;

import io.usdtcustody.functions.onboarding.custody.Balance;
import io.usdtcustody.functions.onboarding.custody.DepositAddress;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;

/**
 * What onboarding asks of custody, which owns addresses and the ledger: a customer's deposit address (derived
 * publicly from the tenant's account xpub inside custody: this function holds no key material) and the
 * customer's balances. Failures are {@code PlatformException}s a caller can answer with.
 */
public interface CustodyAccounts {

    /** The customer's deposit address on {@code chain}: allocated on the first call, the same one ever after. */
    DepositAddress depositAddress(TenantId tenant, String customerId, Chain chain, String correlationId);

    /** The customer's balances, one per asset custody supports. */
    List<Balance> balances(TenantId tenant, String customerId, String correlationId);
}
