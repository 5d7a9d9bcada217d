package io.usdtcustody.functions.onboarding.profile;

import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.CustomerService;
import io.usdtcustody.functions.onboarding.profile.port.ProfileStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Replaces a customer's profile with a new version. A client that read version {@code n} may send
 * {@code If-Match: "n"} to make the write conditional on nobody having changed it since (else 409 CONFLICT);
 * without it the write goes on top of whatever is current. Concurrent writers never both win.
 */
public final class ProfileService {
    private final ProfileStore profiles;
    private final Clock clock;

    public ProfileService(ProfileStore profiles, Clock clock) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores {@code details} as the customer's next profile version. */
    public Profile replace(Customer customer, ProfileDetails details, OptionalInt ifMatch) {
        if (ifMatch.isPresent() && ifMatch.getAsInt() != customer.profileVersion()) {
            throw changed();
        }
        Profile profile = new Profile(customer.profileVersion() + 1, details.email(), details.phone(), details.address(),
                details.nationality(), details.occupation(), clock.instant());
        return switch (profiles.save(customer.tenant(), customer.customerId(), profile)) {
            case SAVED -> profile;
            case NO_CUSTOMER -> throw CustomerService.notFound();
            case VERSION_MOVED -> throw changed();
        };
    }

    /** The customer's current profile, if one was ever written. */
    public Optional<Profile> current(Customer customer) {
        return customer.profileVersion() == 0 ? Optional.empty()
                : profiles.find(customer.tenant(), customer.customerId(), customer.profileVersion());
    }

    private static PlatformException changed() {
        return new PlatformException(ErrorCode.CONFLICT,
                "The profile was changed by another request; read it again and retry.");
    }
}
