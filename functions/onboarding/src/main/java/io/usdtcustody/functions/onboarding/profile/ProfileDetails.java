package io.usdtcustody.functions.onboarding.profile;

import java.util.Objects;
import java.util.Optional;

/** A validated profile as a client sends it, before it gets its version and time. Personal data. */
public record ProfileDetails(String email, String phone, PostalAddress address, Optional<String> nationality,
                             Optional<String> occupation) {
    public ProfileDetails {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(occupation, "occupation");
    }

    @Override
    public String toString() {
        return "ProfileDetails[]";
    }
}
