package io.usdtcustody.functions.onboarding.screening;

import java.util.List;
import java.util.Objects;

/**
 * One list entry a customer's name matched: the entry, its primary and matched names, its sanctions programs,
 * the score in [0, 1] and the matcher's one-line explanation for the analyst. List data only.
 */
public record ScreeningHit(int entryId, String primaryName, String matchedName, List<String> programs, double score,
                           String explanation) {
    public ScreeningHit {
        Objects.requireNonNull(primaryName, "primaryName");
        Objects.requireNonNull(matchedName, "matchedName");
        programs = List.copyOf(Objects.requireNonNull(programs, "programs"));
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a score lies in [0, 1]");
        }
    }
}
