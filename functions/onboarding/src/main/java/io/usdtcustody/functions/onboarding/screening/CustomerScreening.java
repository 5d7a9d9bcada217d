package io.usdtcustody.functions.onboarding.screening;

import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.functions.onboarding.customer.PartyType;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.NameScreen;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sanctions screening of a new customer with the screening library: the legal name under the party's schema
 * (a person is never matched to a company), the date of birth as evidence, every hit at the screen's threshold
 * kept with its explanation.
 *
 * <p>The screen is built on first use, once per execution environment: reading and indexing the OFAC list
 * takes seconds (about 4 s of one core with the Lambda runtime's C1-only JIT on the development machines), so
 * only a request that screens pays it, never the function's init or its reads. With SnapStart the priming hook
 * builds it before the snapshot ({@link #prime()}), and no restored environment pays it at all.
 */
public final class CustomerScreening {
    private final Lazy<NameScreen> screen;

    public CustomerScreening(Supplier<NameScreen> screens) {
        this.screen = new Lazy<>(Objects.requireNonNull(screens, "screens"));
    }

    /** Screens a customer's name (and date of birth, for a person) at {@code now}. */
    public ScreeningResult screen(String name, PartyType type, Optional<LocalDate> dateOfBirth, Instant now) {
        NameScreen current = screen.get();
        List<ScreeningHit> hits = current.screen(new ScreeningQuery(name, type.schema(), dateOfBirth)).stream()
                .map(CustomerScreening::hit).toList();
        return new ScreeningResult(hits.isEmpty() ? ScreeningResult.Outcome.CLEAR : ScreeningResult.Outcome.MATCH,
                current.list().source(), current.matcher().threshold(), now, hits);
    }

    /** Builds the screen now: the SnapStart priming hook calls this so that the snapshot holds it. */
    public void prime() {
        screen.get();
    }

    /** Whether the screen has been built in this environment (a metric and a log line tell when it is). */
    public boolean isLoaded() {
        return screen.isBuilt();
    }

    private static ScreeningHit hit(NameHit hit) {
        return new ScreeningHit(hit.entryId(), hit.primaryName(), hit.matchedName(), hit.programs(), hit.score(),
                hit.explanation());
    }
}
