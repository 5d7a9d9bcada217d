package io.usdtcustody.functions.onboarding.custody;

import io.usdtcustody.functions.onboarding.custody.port.CustodyAccounts;
import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.port.CustomerStore;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import java.util.List;
import java.util.Objects;

/**
 * A customer's accounts at custody: deposit addresses and balances, for a customer the caller's tenant has.
 * No funds come in before KYC: a deposit address is issued only to a customer whose KYC standing (the KYC
 * function's item beside the customer) is {@code VERIFIED}; otherwise {@code KYC_NOT_VERIFIED} names the standing
 * ({@code NONE} before any decided case, {@code UNDER_REVIEW}, {@code REJECTED}) and custody is not called. A
 * customer onboarding's screening put in {@code REVIEW} cannot be verified by the vendor (the KYC function sends
 * the case to an analyst), so the refusal says nothing about screening and cannot tip anyone off.
 */
public final class CustomerAccounts {
    /** What the refusal calls a customer without a standing: no KYC case decided yet. */
    public static final String NO_STANDING = "NONE";

    private final CustodyAccounts custody;
    private final CustomerStore customers;

    public CustomerAccounts(CustodyAccounts custody, CustomerStore customers) {
        this.custody = Objects.requireNonNull(custody, "custody");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * The customer's deposit address on {@code chain}.
     *
     * @throws PlatformException {@code KYC_NOT_VERIFIED} when the customer's KYC standing is not {@code VERIFIED}
     */
    public DepositAddress depositAddress(Customer customer, Chain chain, String correlationId) {
        var standing = customers.kycStanding(customer.tenant(), customer.customerId());
        if (standing.filter(status -> status == KycStandingStatus.VERIFIED).isEmpty()) {
            throw new PlatformException(ErrorCode.KYC_NOT_VERIFIED, "A deposit address is issued once the customer's "
                    + "KYC is VERIFIED; its KYC standing is " + standing.map(Enum::name).orElse(NO_STANDING) + ".");
        }
        return custody.depositAddress(customer.tenant(), customer.customerId(), chain, correlationId);
    }

    public List<Balance> balances(Customer customer, String correlationId) {
        return custody.balances(customer.tenant(), customer.customerId(), correlationId);
    }
}
