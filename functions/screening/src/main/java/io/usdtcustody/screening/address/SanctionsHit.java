package io.usdtcustody.screening.address;

import io.usdtcustody.model.money.Chain;
import java.util.List;
import java.util.Objects;

/**
 * A screening match: the address in its normalised screening form and the list(s) it appears on (for the OFAC
 * lists, file names such as {@code sanctioned_addresses_USDT.txt}). Sanctioned addresses are public list data,
 * so a hit may go into alerts; the customer it concerns must not.
 */
public record SanctionsHit(Chain chain, String address, List<String> lists) {
    public SanctionsHit {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(address, "address");
        lists = List.copyOf(lists);
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("a hit names at least one list");
        }
    }

    /** The list names joined by commas, for an alert's single list field. */
    public String listsText() {
        return String.join(",", lists);
    }
}
