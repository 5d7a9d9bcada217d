package io.usdtcustody.functions.onboarding.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's contact and address details, as one version: every PUT writes the next version and keeps the
 * earlier ones (what the customer told us, and when, matters to compliance). Personal data: {@link #toString()}
 * shows the version only.
 */
public record Profile(int version, String email, String phone, PostalAddress address, Optional<String> nationality,
                      Optional<String> occupation, Instant updatedAt) {
    public Profile {
        if (version < 1) {
            throw new IllegalArgumentException("profile versions start at 1");
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "Profile[version=" + version + "]";
    }
}
