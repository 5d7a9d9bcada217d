package io.usdtcustody.screening.rescreen;

import io.usdtcustody.screening.search.NameHit;
import java.util.Objects;

/**
 * A customer who matches a list entry after an update and did not before: what opens a review case. The
 * reason says whether the entry is new to the list or changed (a new alias, a corrected date of birth …).
 */
public record NewHit(String customerId, NameHit hit, Reason reason) {

    /** Why the hit is new. */
    public enum Reason {
        NEW_ENTRY,
        CHANGED_ENTRY
    }

    public NewHit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(hit, "hit");
        Objects.requireNonNull(reason, "reason");
    }
}
