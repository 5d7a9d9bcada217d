package io.usdtcustody.screening.list;

import io.usdtcustody.screening.address.SanctionedAddresses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A loaded sanctions list: its entries by id, in file order, and which entries the remarks say own a
 * digital-currency address. Immutable; build it with {@link OfacCsvLists}, or defer it ({@link #deferred}).
 */
public final class SanctionsList {
    private final String source;
    private final SourceFiles files;
    private final Supplier<List<SdnEntry>> pending;
    private volatile Contents contents;

    /** What a list holds, indexed; made when the list is, or when a deferred list is first read. */
    private record Contents(Map<Integer, SdnEntry> byId, List<SdnEntry> entries,
            Map<String, List<SdnEntry>> byAddressKey) {
    }

    /** The bytes of the two files a list was read from, kept for a list read from the class path. */
    public record SourceFiles(byte[] sdnCsv, byte[] altCsv) {
    }

    SanctionsList(String source, List<SdnEntry> entries) {
        this.source = source;
        this.files = null;
        this.pending = null;
        this.contents = contents(source, entries);
    }

    private SanctionsList(String source, SourceFiles files, Supplier<List<SdnEntry>> entries) {
        this.source = source;
        this.files = files;
        this.pending = entries;
    }

    /**
     * A list of the given entries, for lists assembled in code (a list's changes, tests). Like a loaded list it
     * refuses to be empty.
     */
    public static SanctionsList of(String source, List<SdnEntry> entries) {
        return new SanctionsList(source, entries);
    }

    /**
     * The list in {@code files}, parsed by {@code parse} when its entries are first asked for: a screen read from
     * the prebuilt image of these files ({@code search.ScreenImage}) parses only the entries it needs, and the
     * whole list is parsed only if someone reads it (or no image fits).
     */
    static SanctionsList deferred(String source, SourceFiles files, Supplier<List<SdnEntry>> parse) {
        return new SanctionsList(source, files, parse);
    }

    /** The files this list was read from, when it was read from the class path. */
    public Optional<SourceFiles> files() {
        return Optional.ofNullable(files);
    }

    private static Contents contents(String source, List<SdnEntry> entries) {
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
        addresses.replaceAll((k, v) -> List.copyOf(v));
        return new Contents(Collections.unmodifiableMap(ids), List.copyOf(entries),
                Collections.unmodifiableMap(addresses));
    }

    private Contents contents() {
        Contents current = contents;
        if (current == null) {
            synchronized (this) {
                current = contents;
                if (current == null) {
                    current = contents(source, pending.get());
                    contents = current;
                }
            }
        }
        return current;
    }

    /** Where the list was read from (for logs and reports). */
    public String source() {
        return source;
    }

    public List<SdnEntry> entries() {
        return contents().entries();
    }

    public Optional<SdnEntry> entry(int id) {
        return Optional.ofNullable(contents().byId().get(id));
    }

    public int size() {
        return contents().entries().size();
    }

    /** The entries whose remarks name {@code address} (compared as the address screen compares it). */
    public List<SdnEntry> entriesOwning(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return contents().byAddressKey().getOrDefault(SanctionedAddresses.comparisonKey(address.strip()), List.of());
    }

    @Override
    public String toString() {
        return "SanctionsList[" + (contents == null ? "unread" : contents.entries().size() + " entries") + " from "
                + source + "]";
    }
}
