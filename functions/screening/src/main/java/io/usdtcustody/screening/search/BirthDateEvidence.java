package io.usdtcustody.screening.search;

import io.usdtcustody.screening.list.BirthDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a date of birth says about a name hit: the same day listed raises the score, a date inside a listed
 * year or range raises it less, a date a year off lowers it a little (lists are often approximate), and a date
 * years away lowers it a lot — but never removes the hit by itself, since the name alone may still warrant a
 * look. Without a date on either side nothing changes.
 */
final class BirthDateEvidence {
    static final double SAME_DAY = 0.10;
    static final double WITHIN_RANGE = 0.05;
    static final double NEAR = -0.05;
    static final double FAR = -0.25;

    record Adjustment(double delta, String note) {
    }

    private BirthDateEvidence() {
    }

    static Optional<Adjustment> of(Optional<LocalDate> queried, List<BirthDate> listed) {
        if (queried.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = queried.get();
        if (listed.isEmpty()) {
            return Optional.of(new Adjustment(0, "no date of birth listed"));
        }
        long nearest = Long.MAX_VALUE;
        BirthDate closest = listed.get(0);
        for (BirthDate b : listed) {
            if (b.admits(day)) {
                return Optional.of(b.isExactDay()
                        ? new Adjustment(SAME_DAY, "date of birth matches (listed " + b.text() + ")")
                        : new Adjustment(WITHIN_RANGE, "date of birth fits (listed " + b.text() + ")"));
            }
            if (b.yearsApart(day) < nearest) {
                nearest = b.yearsApart(day);
                closest = b;
            }
        }
        return Optional.of(nearest <= 1
                ? new Adjustment(NEAR, "date of birth close to listed " + closest.text())
                : new Adjustment(FAR, "date of birth differs from listed " + closest.text()));
    }
}
