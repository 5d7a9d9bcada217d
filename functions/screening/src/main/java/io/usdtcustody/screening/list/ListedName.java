package io.usdtcustody.screening.list;

import java.util.Objects;

/** One name of a list entry as the list writes it (OFAC writes persons as {@code SURNAME, Given Names}). */
public record ListedName(String text, NameKind kind) {
    public ListedName {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a listed name is not blank");
        }
        text = text.strip();
    }
}
