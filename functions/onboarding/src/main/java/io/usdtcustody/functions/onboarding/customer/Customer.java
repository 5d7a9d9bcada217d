package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.functions.onboarding.screening.ScreeningResult;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer of a tenant as onboarding created it: who it is (type, legal name, date of birth for a person,
 * country of residence or incorporation), what screening found, where it stands, and which profile version is
 * current (0 before the first profile). The identity fields do not change after creation: a corrected name
 * goes through KYC, which screens it again. {@link #toString()} leaves out the personal data.
 */
public record Customer(TenantId tenant, String customerId, PartyType type, String name, Optional<LocalDate> dateOfBirth,
                       String country, CustomerStatus status, ScreeningResult screening, int profileVersion,
                       Instant createdAt) {

    public Customer {
        Objects.requireNonNull(tenant, "tenant");
        CustomerIds.require(customerId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(createdAt, "createdAt");
        if (type == PartyType.PERSON && dateOfBirth.isEmpty()) {
            throw new IllegalArgumentException("a person has a date of birth");
        }
        if (profileVersion < 0) {
            throw new IllegalArgumentException("profileVersion is never negative");
        }
    }

    public Customer withProfileVersion(int version) {
        return new Customer(tenant, customerId, type, name, dateOfBirth, country, status, screening, version, createdAt);
    }

    @Override
    public String toString() {
        return "Customer[tenant=" + tenant + ", customerId=" + customerId + ", type=" + type + ", status=" + status
                + ", profileVersion=" + profileVersion + "]";
    }
}
