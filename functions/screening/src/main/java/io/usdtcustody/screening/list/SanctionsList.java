package io.usdtcustody.screening.list;

import io.usdtcustody.screening.address.SanctionedAddresses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded sanctions list: its entries by id, in file order, and which entries the remarks say own a
 * digital-currency address. Immutable; build it with {@link OfacCsvLists}.
 */
public final class SanctionsList {
    private final String source;
    private final Map<Integer, SdnEntry> byId;
    private final List<SdnEntry> entries;
    private final Map<String, List<SdnEntry>> byAddressKey;

    SanctionsList(String source, List<SdnEntry> entries) {
        if (entries.isEmpty()) {
            throw new SanctionsListException(source + ": the list holds no entries; refusing to screen against nothing");
        }
        Map<Integer, SdnEntry> ids = new LinkedHashMap<>();
        Map<String, List<SdnEntry>> addresses = new HashMap<>();
        for (SdnEntry entry : entries) {
            if (ids.putIfAbsent(entry.id(), entry) != null) {
                throw new SanctionsListException(source + ": entry " + entry.id() + " appears twice");
            }
            for (ListedAddress address : entry.addresses()) {
                List<SdnEntry> owners = addresses.computeIfAbsent(
                        SanctionedAddresses.comparisonKey(address.address()), k -> new ArrayList<>(1));
                if (!owners.contains(entry)) {
                    owners.add(entry);
                }
            }
        }
        this.source = source;
        this.byId = Collections.unmodifiableMap(ids);
        this.entries = List.copyOf(entries);
        addresses.replaceAll((k, v) -> List.copyOf(v));
        this.byAddressKey = Collections.unmodifiableMap(addresses);
    }

    /**
     * A list of the given entries, for lists assembled in code (a list's changes, tests). Like a loaded list it
     * refuses to be empty.
     */
    public static SanctionsList of(String source, List<SdnEntry> entries) {
        return new SanctionsList(source, entries);
    }

    /** Where the list was read from (for logs and reports). */
    public String source() {
        return source;
    }

    public List<SdnEntry> entries() {
        return entries;
    }

    public Optional<SdnEntry> entry(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return entries.size();
    }

    /** The entries whose remarks name {@code address} (compared as the address screen compares it). */
    public List<SdnEntry> entriesOwning(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return byAddressKey.getOrDefault(SanctionedAddresses.comparisonKey(address.strip()), List.of());
    }

    @Override
    public String toString() {
        return "SanctionsList[" + entries.size() + " entries from " + source + "]";
    }
}
