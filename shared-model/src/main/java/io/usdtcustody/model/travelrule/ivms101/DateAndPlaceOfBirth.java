package io.usdtcustody.model.travelrule.ivms101;

import java.time.LocalDate;
import java.util.Objects;

/** Date and place of birth of a natural person (IVMS101 {@code DateAndPlaceOfBirth}); both are required. */
public record DateAndPlaceOfBirth(LocalDate dateOfBirth, String placeOfBirth) {
    public DateAndPlaceOfBirth {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(placeOfBirth, "placeOfBirth");
    }
}
