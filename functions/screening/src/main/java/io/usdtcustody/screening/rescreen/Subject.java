package io.usdtcustody.screening.rescreen;

import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A screened party of the customer base: the customer's id and the name, schema and date of birth it is
 * screened under. {@link #toString()} shows the id only: names and dates of birth are personal data and stay
 * out of logs.
 */
public record Subject(String customerId, String name, Schema schema, Optional<LocalDate> birthDate) {

    public Subject {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("a subject needs a customer id");
        }
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(birthDate, "birthDate");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a subject needs a name");
        }
    }

    public static Subject person(String customerId, String name, LocalDate birthDate) {
        return new Subject(customerId, name, Schema.PERSON, Optional.ofNullable(birthDate));
    }

    public static Subject company(String customerId, String name) {
        return new Subject(customerId, name, Schema.COMPANY, Optional.empty());
    }

    ScreeningQuery query() {
        return new ScreeningQuery(name, schema, birthDate);
    }

    @Override
    public String toString() {
        return "Subject[customerId=" + customerId + "]";
    }
}
