package io.usdtcustody.screening.search;

import io.usdtcustody.screening.list.NameKind;
import io.usdtcustody.screening.name.Schema;
import java.util.List;
import java.util.Objects;

/**
 * A list entry a screened name may be: the entry, the listed name that matched best (which may be an alias),
 * the score in [0, 1] after date-of-birth evidence, whether it is a match at the screen's threshold, and one
 * line of explanation for the reviewer. List data only: the customer's details are not repeated here.
 */
public record NameHit(int entryId, String primaryName, String matchedName, NameKind matchedNameKind, Schema schema,
        List<String> programs, double score, boolean match, String explanation) {

    public NameHit {
        Objects.requireNonNull(primaryName, "primaryName");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(matchedNameKind, "matchedNameKind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(explanation, "explanation");
        programs = List.copyOf(programs);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a hit's score lies in [0, 1]");
        }
    }
}
