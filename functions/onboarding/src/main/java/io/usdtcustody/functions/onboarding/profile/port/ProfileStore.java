package io.usdtcustody.functions.onboarding.profile.port;

import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/** Where profile versions live, beside their customer; scoped by tenant like every store here. */
public interface ProfileStore {

    /** What happened to a save. */
    enum Saved {
        /** Stored as the customer's new current version. */
        SAVED,
        /** The tenant has no such customer; nothing stored. */
        NO_CUSTOMER,
        /** The customer's current version is no longer {@code version - 1}; nothing stored. */
        VERSION_MOVED
    }

    /**
     * Stores {@code profile} as the customer's version {@code profile.version()}, atomically with the customer's
     * current-version pointer, provided the current version is still {@code profile.version() - 1}.
     */
    Saved save(TenantId tenant, String customerId, Profile profile);

    /** One version of the customer's profile. */
    Optional<Profile> find(TenantId tenant, String customerId, int version);
}
