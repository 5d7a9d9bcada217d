package io.usdtcustody.functions.onboarding.customer.adapter;

import io.usdtcustody.functions.onboarding.consent.Consent;
import io.usdtcustody.functions.onboarding.consent.port.ConsentStore;
import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.port.CustomerStore;
import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.functions.onboarding.profile.port.ProfileStore;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers, their profile versions and consents in memory, for unit tests of services and the handler: the
 * same rules as the DynamoDB adapters (tenant-scoped keys, no overwrites, version-conditional profile saves),
 * checked by the same contract test. Synchronized: each operation is atomic, as the conditional writes are.
 */
public final class InMemoryCustomerRecords implements CustomerStore, ProfileStore, ConsentStore {
    private final Map<String, Customer> customers = new HashMap<>();
    private final Map<String, Profile> profiles = new HashMap<>();
    private final Map<String, List<Consent>> consents = new HashMap<>();
    private final Map<String, KycStandingStatus> standings = new HashMap<>();

    private static String key(TenantId tenant, String customerId) {
        return CustomerKeys.partition(tenant, customerId);
    }

    @Override
    public synchronized boolean create(Customer customer) {
        return customers.putIfAbsent(key(customer.tenant(), customer.customerId()), customer) == null;
    }

    @Override
    public synchronized Optional<Customer> find(TenantId tenant, String customerId) {
        return Optional.ofNullable(customers.get(key(tenant, customerId)));
    }

    @Override
    public synchronized Optional<KycStandingStatus> kycStanding(TenantId tenant, String customerId) {
        return Optional.ofNullable(standings.get(key(tenant, customerId)));
    }

    /** Sets the customer's KYC standing, as the KYC function's decision would. */
    public synchronized void setKycStanding(TenantId tenant, String customerId, KycStandingStatus status) {
        standings.put(key(tenant, customerId), status);
    }

    @Override
    public synchronized Saved save(TenantId tenant, String customerId, Profile profile) {
        Customer customer = customers.get(key(tenant, customerId));
        if (customer == null) {
            return Saved.NO_CUSTOMER;
        }
        if (customer.profileVersion() != profile.version() - 1) {
            return Saved.VERSION_MOVED;
        }
        profiles.put(key(tenant, customerId) + "#" + profile.version(), profile);
        customers.put(key(tenant, customerId), customer.withProfileVersion(profile.version()));
        return Saved.SAVED;
    }

    @Override
    public synchronized Optional<Profile> find(TenantId tenant, String customerId, int version) {
        return Optional.ofNullable(profiles.get(key(tenant, customerId) + "#" + version));
    }

    @Override
    public synchronized boolean record(TenantId tenant, String customerId, Consent consent) {
        if (!customers.containsKey(key(tenant, customerId))) {
            return false;
        }
        consents.computeIfAbsent(key(tenant, customerId), k -> new ArrayList<>()).add(consent);
        return true;
    }

    @Override
    public synchronized List<Consent> history(TenantId tenant, String customerId) {
        List<Consent> history = new ArrayList<>(consents.getOrDefault(key(tenant, customerId), List.of()));
        history.sort(Comparator.comparing(Consent::recordedAt).thenComparing(Consent::consentId));
        return history;
    }
}
