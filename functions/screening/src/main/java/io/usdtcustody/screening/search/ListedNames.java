package io.usdtcustody.screening.search;

import io.usdtcustody.screening.image.ImageReader;
import io.usdtcustody.screening.image.ImageWriter;
import io.usdtcustody.screening.list.ListedName;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.NamePreparer;
import io.usdtcustody.screening.name.PreparedName;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The names a {@link NameScreen} searches, numbered as its index numbers them: which entry each belongs to,
 * which of the entry's names it is, and the name prepared for comparison. A screen built from a parsed list
 * holds all of them from the start; one read from a prebuilt image parses an entry and prepares a name the
 * first time a query makes it a candidate, with the same parser and preparer, so it compares the same names.
 * Thread-safe: entries and prepared names are immutable, so two threads filling the same slot at once store
 * equal values and either may win.
 */
final class ListedNames {
    private final int[] entryOf;
    private final int[] positionOf;
    private final SdnEntry[] entries;
    private final PreparedName[] prepared;
    private final IntFunction<SdnEntry> entrySource;
    private final NamePreparer preparer;

    private ListedNames(int[] entryOf, int[] positionOf, SdnEntry[] entries, PreparedName[] prepared,
            IntFunction<SdnEntry> entrySource, NamePreparer preparer) {
        this.entryOf = entryOf;
        this.positionOf = positionOf;
        this.entries = entries;
        this.prepared = prepared;
        this.entrySource = entrySource;
        this.preparer = preparer;
    }

    /** Names already prepared: name i is name {@code positionOf[i]} of entry {@code entryOf[i]} of {@code entries}. */
    static ListedNames of(List<SdnEntry> entries, int[] entryOf, int[] positionOf, List<PreparedName> prepared) {
        return new ListedNames(entryOf, positionOf, entries.toArray(new SdnEntry[0]),
                prepared.toArray(new PreparedName[0]), e -> {
                    throw new IllegalStateException("entry " + e + " is always present");
                }, null);
    }

    /** Writes which entry and which of its names each name is, for {@link #readFrom}. */
    void writeTo(ImageWriter out) {
        out.writeVarint(entries.length);
        out.writeVarint(entryOf.length);
        int previousEntry = 0;
        for (int id = 0; id < entryOf.length; id++) {
            out.writeVarint(entryOf[id] - previousEntry);
            out.writeVarint(positionOf[id]);
            previousEntry = entryOf[id];
        }
    }

    /** Names whose entries {@code entrySource} parses, and {@code preparer} prepares, when first needed. */
    static ListedNames readFrom(ImageReader in, IntFunction<SdnEntry> entrySource, NamePreparer preparer) {
        int entryCount = in.readVarint();
        int size = in.readVarint();
        int[] entryOf = new int[size];
        int[] positionOf = new int[size];
        int entry = 0;
        for (int id = 0; id < size; id++) {
            entry += in.readVarint();
            entryOf[id] = entry;
            positionOf[id] = in.readVarint();
        }
        return new ListedNames(entryOf, positionOf, new SdnEntry[entryCount], new PreparedName[size], entrySource,
                preparer);
    }

    int size() {
        return entryOf.length;
    }

    int entryCount() {
        return entries.length;
    }

    /** The entry name {@code id} belongs to. */
    SdnEntry entryOf(int id) {
        int e = entryOf[id];
        SdnEntry entry = entries[e];
        if (entry == null) {
            entry = entrySource.apply(e);
            entries[e] = entry;
        }
        return entry;
    }

    /** Which entry name {@code id} belongs to (the same number for every name of one entry). */
    int entryNumber(int id) {
        return entryOf[id];
    }

    /** Name {@code id} as the list writes it. */
    ListedName listed(int id) {
        return entryOf(id).names().get(positionOf[id]);
    }

    /** Name {@code id} prepared for comparison. */
    PreparedName prepared(int id) {
        PreparedName name = prepared[id];
        if (name == null) {
            SdnEntry entry = entryOf(id);
            name = preparer.prepare(entry.names().get(positionOf[id]).text(), entry.schema());
            prepared[id] = name;
        }
        return name;
    }
}
