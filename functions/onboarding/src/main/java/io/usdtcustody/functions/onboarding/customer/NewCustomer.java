package io.usdtcustody.functions.onboarding.customer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A validated request to onboard a customer (see {@code CustomerRequests} for the rules). Personal data. */
public record NewCustomer(PartyType type, String name, Optional<LocalDate> dateOfBirth, String country) {
    public NewCustomer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(country, "country");
    }

    @Override
    public String toString() {
        return "NewCustomer[type=" + type + ", country=" + country + "]";
    }
}
