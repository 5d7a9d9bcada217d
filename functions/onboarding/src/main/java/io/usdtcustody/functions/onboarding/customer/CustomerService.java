package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.functions.onboarding.customer.port.CustomerStore;
import io.usdtcustody.functions.onboarding.screening.CustomerScreening;
import io.usdtcustody.functions.onboarding.screening.ScreeningResult;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Onboards customers: screens the name against the sanctions list, stores the customer under the caller's
 * tenant (in {@code REVIEW} when screening matched, with the hits and their explanations), and finds them again.
 * Another tenant's customer is "not found", exactly like one that does not exist.
 */
public final class CustomerService {
    private final CustomerStore customers;
    private final CustomerScreening screening;
    private final Clock clock;

    public CustomerService(CustomerStore customers, CustomerScreening screening, Clock clock) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.screening = Objects.requireNonNull(screening, "screening");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Screens and stores a new customer with id {@code customerId}.
     *
     * @throws PlatformException {@code CONFLICT} when the tenant already has a customer with that id
     */
    public Customer create(TenantId tenant, String customerId, NewCustomer input) {
        Instant now = clock.instant();
        ScreeningResult screened = screening.screen(input.name(), input.type(), input.dateOfBirth(), now);
        Customer customer = new Customer(tenant, customerId, input.type(), input.name(), input.dateOfBirth(),
                input.country(), screened.isMatch() ? CustomerStatus.REVIEW : CustomerStatus.ACTIVE, screened, 0, now);
        if (!customers.create(customer)) {
            throw new PlatformException(ErrorCode.CONFLICT, "A customer with this id already exists.");
        }
        return customer;
    }

    /**
     * The tenant's customer.
     *
     * @throws PlatformException {@code NOT_FOUND} when the tenant has no customer with this id
     */
    public Customer require(TenantId tenant, String customerId) {
        if (!CustomerIds.isValid(customerId)) {
            throw notFound();
        }
        return customers.find(tenant, customerId).orElseThrow(CustomerService::notFound);
    }

    public static PlatformException notFound() {
        return new PlatformException(ErrorCode.NOT_FOUND, "No customer with this id.");
    }
}
