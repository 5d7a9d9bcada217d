package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.functions.onboarding.screening.ScreeningResult;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Customers for store tests. */
final class CustomerFixtures {
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private CustomerFixtures() {
    }

    static Customer alice(TenantId tenant, String id) {
        return new Customer(tenant, id, PartyType.PERSON, "Alice Example", Optional.of(LocalDate.of(1990, 4, 1)), "DE",
                CustomerStatus.ACTIVE, new ScreeningResult(ScreeningResult.Outcome.CLEAR, "classpath:ofac", 0.72, T0,
                List.of()), 0, T0);
    }
}
