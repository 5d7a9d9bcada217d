package io.usdtcustody.functions.onboarding.profile;

import java.util.Objects;
import java.util.Optional;

/** A residential or registered address; {@code country} is ISO 3166-1 alpha-2. Personal data: never logged. */
public record PostalAddress(String line1, Optional<String> line2, String city, Optional<String> postalCode,
                            Optional<String> region, String country) {
    public PostalAddress {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(line2, "line2");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(country, "country");
    }

    @Override
    public String toString() {
        return "PostalAddress[country=" + country + "]";
    }
}
