package io.usdtcustody.functions.onboarding.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of screening a customer's name (and date of birth) at onboarding, kept on the customer item as
 * the map attribute {@code screening}:
 * <pre>
 * screening = {
 *   outcome:    S  CLEAR | MATCH
 *   listSource: S  which list was read (e.g. classpath:ofac)
 *   threshold:  N  the score from which a hit is a match
 *   screenedAt: S  ISO-8601 instant
 *   hits:       L  [ { entryId N, primaryName S, matchedName S, programs L&lt;S&gt;, score N, explanation S } ]
 * }
 * </pre>
 * {@code MATCH} puts the customer in {@code REVIEW}; the KYC function refuses approval while it is so.
 */
public record ScreeningResult(Outcome outcome, String listSource, double threshold, Instant screenedAt,
                              List<ScreeningHit> hits) {

    /** Whether any list entry matched at the threshold. */
    public enum Outcome {
        CLEAR,
        MATCH
    }

    public ScreeningResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(listSource, "listSource");
        Objects.requireNonNull(screenedAt, "screenedAt");
        hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
        if ((outcome == Outcome.MATCH) == hits.isEmpty()) {
            throw new IllegalArgumentException("a MATCH has hits and a CLEAR has none");
        }
    }

    public boolean isMatch() {
        return outcome == Outcome.MATCH;
    }
}
