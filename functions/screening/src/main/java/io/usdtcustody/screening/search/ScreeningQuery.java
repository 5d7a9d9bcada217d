package io.usdtcustody.screening.search;

import io.usdtcustody.screening.name.Schema;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who to screen: a name, what kind of party it is ({@link Schema#ANY} when unknown) and, when known, a date
 * of birth, which raises the score of listed people born then and lowers it for those born years apart.
 */
public record ScreeningQuery(String name, Schema schema, Optional<LocalDate> birthDate) {
    /** Longer input is refused rather than cut: no real name comes close. */
    public static final int MAX_NAME_LENGTH = 500;

    public ScreeningQuery {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(birthDate, "birthDate");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a screening query needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a name is at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, Schema.ANY, Optional.empty());
    }

    public static ScreeningQuery of(String name, Schema schema) {
        return new ScreeningQuery(name, schema, Optional.empty());
    }

    public static ScreeningQuery of(String name, Schema schema, LocalDate birthDate) {
        return new ScreeningQuery(name, schema, Optional.of(birthDate));
    }
}
