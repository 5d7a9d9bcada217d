package io.usdtcustody.custody.ledger;

import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.UUID;

/** A test given: customers whose USDT (Ethereum) funding accounts each hold an amount, deposited from the chain mirror. */
public final class FundedCustomers {
    public static final Asset USDT = Asset.USDT_ETHEREUM;

    private FundedCustomers() {
    }

    /** Opens the tenant's chain mirror and each customer's funding account, and deposits {@code amount} into each. */
    public static void fund(Ledger ledger, TenantId tenant, String amount, String... customers) {
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        ledger.open(mirror);
        for (String customer : customers) {
            ledger.open(funding(tenant, customer));
            ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, funding(tenant, customer),
                    Amount.parse(amount, USDT), TransferKind.DEPOSIT, "seed"));
        }
    }

    public static AccountId funding(TenantId tenant, String customer) {
        return AccountId.customer(tenant, customer, USDT, AccountPurpose.FUNDING);
    }

    /** The customer's funding balance as a plain decimal; "0" for an account never opened. */
    public static String balance(Ledger ledger, TenantId tenant, String customer) {
        return ledger.balance(tenant, funding(tenant, customer)).orElse(Amount.zero(USDT)).toPlainString();
    }
}
