package io.usdtcustody.screening.list;

import io.usdtcustody.screening.name.Schema;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the SDN list: its {@code ent_num}, every name it is listed under (the primary name first),
 * its schema ({@code individual} → {@link Schema#PERSON}, OFAC's unnamed "entity" type →
 * {@link Schema#ORGANIZATION}, vessel, aircraft), sanctions programs, and what the remarks say about dates of
 * birth and digital-currency addresses.
 *
 * <p>{@code inSdnFile} is false for an entry known only from {@code alt.csv} rows whose {@code ent_num} the
 * {@code sdn.csv} next to it does not have yet (a listing newer than the file). Its names are still screened —
 * a newer listing is still a listing — with {@link Schema#ANY} and no programs.
 */
public record SdnEntry(int id, List<ListedName> names, Schema schema, List<String> programs, String title,
        List<BirthDate> birthDates, List<ListedAddress> addresses, boolean inSdnFile) {

    public SdnEntry {
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        programs = List.copyOf(programs);
        birthDates = List.copyOf(birthDates);
        addresses = List.copyOf(addresses);
        title = title == null ? "" : title;
        if (names.isEmpty() || names.get(0).kind() != NameKind.PRIMARY) {
            throw new IllegalArgumentException("entry " + id + " needs its primary name first");
        }
    }

    /** The name the entry is listed under. */
    public String primaryName() {
        return names.get(0).text();
    }

    /** The same entry with {@code more} names added after its own (aliases from {@code alt.csv}). */
    SdnEntry withNames(List<ListedName> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ListedName> all = new java.util.ArrayList<>(names);
        all.addAll(more);
        return new SdnEntry(id, all, schema, programs, title, birthDates, addresses, inSdnFile);
    }
}
