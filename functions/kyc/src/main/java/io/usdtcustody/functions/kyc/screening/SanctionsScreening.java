package io.usdtcustody.functions.kyc.screening;

import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.functions.kyc.cases.IdentityData;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.NameScreen;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Name screening as the KYC function uses it, over the screening library's {@link NameScreen}: a customer's
 * document name and date of birth as a person, the hits at or above the screen's threshold turned into a
 * {@link ScreeningReview} for the case; and free searches for partners' own screening. The screen is built on
 * first use: reading and indexing the OFAC files takes two to four seconds with the Lambda runtime's C1-only JIT,
 * which only requests that screen should pay, or the SnapStart priming hook before the snapshot.
 */
public final class SanctionsScreening {
    /** Near misses below this score are not worth a partner's attention. */
    public static final double MIN_SEARCH_SCORE = 0.5;
    public static final int MAX_SEARCH_HITS = 50;

    private final Lazy<NameScreen> screens;

    /** Screening with the screen {@code screens} builds, asked for once, on first use. */
    public SanctionsScreening(Supplier<NameScreen> screens) {
        this.screens = new Lazy<>(Objects.requireNonNull(screens, "screens"));
    }

    /** Screens the person on an identity document; the review lists the matches (none when clear). */
    public ScreeningReview screen(IdentityData person, ScreeningReview.Trigger trigger, Instant now) {
        NameScreen screen = screens.get();
        List<NameHit> matches = screen.screen(ScreeningQuery.of(person.fullName(), Schema.PERSON, person.birthDate()));
        return new ScreeningReview(trigger, screen.list().source(), matches.stream().map(SanctionsScreening::reviewHit).toList(),
                now);
    }

    /** Up to {@code limit} hits scoring at least {@code minScore}, best first, matches and near misses alike. */
    public List<NameHit> search(ScreeningQuery query, int limit, double minScore) {
        if (limit < 1 || limit > MAX_SEARCH_HITS) {
            throw new IllegalArgumentException("limit is 1.." + MAX_SEARCH_HITS);
        }
        return screens.get().search(query, limit, Math.max(MIN_SEARCH_SCORE, minScore));
    }

    /** Where the list was read from. */
    public String listSource() {
        return screens.get().list().source();
    }

    /** The score from which a hit is a match. */
    public double threshold() {
        return screens.get().matcher().threshold();
    }

    /** Builds the screen now (a SnapStart priming hook calls this, so the snapshot holds it). */
    public void prime() {
        screens.get();
    }

    /** Whether the screen has been built in this execution environment. */
    public boolean isBuilt() {
        return screens.isBuilt();
    }

    /** A library hit as a case keeps it. */
    public static ScreeningReview.Hit reviewHit(NameHit hit) {
        return new ScreeningReview.Hit(hit.entryId(), hit.primaryName(), hit.matchedName(), hit.programs(), hit.score(),
                hit.explanation());
    }
}
