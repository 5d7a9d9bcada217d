package io.usdtcustody.screening.list;

import java.util.Objects;

/**
 * A digital-currency address named in an entry's remarks ({@code Digital Currency Address - XBT 1abc…}), with
 * OFAC's currency code. Public list data: it may appear in alerts.
 */
public record ListedAddress(String currency, String address) {
    public ListedAddress {
        Objects.requireNonNull(currency, "currency");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a listed address is not blank");
        }
    }
}
