package io.usdtcustody.functions.onboarding.customer.port;

import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/**
 * Where customers live. Every lookup is by tenant and id, and an implementation never returns another tenant's
 * customer: tenant isolation is enforced here, in the data access layer, not by the callers. The customer's KYC
 * standing is read here too: the KYC function writes it into the customer's item collection.
 */
public interface CustomerStore {

    /** Stores a new customer; false (and nothing written) when the tenant already has a customer with this id. */
    boolean create(Customer customer);

    Optional<Customer> find(TenantId tenant, String customerId);

    /**
     * The customer's KYC standing as the KYC function last wrote it (its standing item, shared-model's
     * {@code CustomerTable}); empty while no KYC case of the customer has been decided.
     */
    Optional<KycStandingStatus> kycStanding(TenantId tenant, String customerId);
}
