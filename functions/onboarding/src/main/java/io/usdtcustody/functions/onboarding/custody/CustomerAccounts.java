package io.usdtcustody.functions.onboarding.custody;

import io.usdtcustody.functions.onboarding.custody.port.CustodyAccounts;
import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.CustomerStatus;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import java.util.List;
import java.util.Objects;

/**
 * A customer's accounts at custody: deposit addresses and balances, for a customer the caller's tenant has.
 * A customer in sanctions {@code REVIEW} gets no deposit address (no new funds while an analyst decides); the
 * refusal says nothing about screening, so it cannot tip anyone off.
 */
public final class CustomerAccounts {
    private final CustodyAccounts custody;

    public CustomerAccounts(CustodyAccounts custody) {
        this.custody = Objects.requireNonNull(custody, "custody");
    }

    public DepositAddress depositAddress(Customer customer, Chain chain, String correlationId) {
        if (customer.status() == CustomerStatus.REVIEW) {
            throw new PlatformException(ErrorCode.FORBIDDEN,
                    "A deposit address cannot be issued for this customer at the moment.");
        }
        return custody.depositAddress(customer.tenant(), customer.customerId(), chain, correlationId);
    }

    public List<Balance> balances(Customer customer, String correlationId) {
        return custody.balances(customer.tenant(), customer.customerId(), correlationId);
    }
}
