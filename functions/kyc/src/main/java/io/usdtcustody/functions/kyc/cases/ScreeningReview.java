package io.usdtcustody.functions.kyc.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a sanctions screen found for a case: the hits at or above the threshold, each with the list entry, its
 * score and the matcher's explanation for the analyst, which list it ran against, and why it ran. List data
 * only; the customer's own name is on the case, not repeated here.
 */
public record ScreeningReview(Trigger trigger, String listSource, List<Hit> hits, Instant screenedAt) {

    /** Why the screen ran. */
    public enum Trigger {
        /** Screening at the case decision (onboarding or periodic review). */
        CASE_DECISION,
        /** Re-screening of verified customers after a list update. */
        LIST_UPDATE,
        /** Onboarding's screen of the customer's legal name when it was created, read from the customer item. */
        ONBOARDING
    }

    /** One list entry the customer may be. */
    public record Hit(int entryId, String primaryName, String matchedName, List<String> programs, double score,
                      String explanation) {
        public Hit {
            Objects.requireNonNull(primaryName, "primaryName");
            Objects.requireNonNull(matchedName, "matchedName");
            programs = List.copyOf(Objects.requireNonNull(programs, "programs"));
            Objects.requireNonNull(explanation, "explanation");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a score lies in [0, 1]");
            }
        }
    }

    public ScreeningReview {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(listSource, "listSource");
        hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
        Objects.requireNonNull(screenedAt, "screenedAt");
    }

    public boolean hasHits() {
        return !hits.isEmpty();
    }
}
