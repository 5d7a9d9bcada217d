package io.usdtcustody.screening.list;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list update changed, entry by entry (by {@code ent_num}): entries that are new, entries whose names,
 * schema, programs, dates of birth or addresses changed, and entries that were removed. Re-screening after an
 * update only needs the first two: nobody can newly match an entry that did not change.
 */
public record ListChanges(List<SdnEntry> added, List<SdnEntry> changed, List<SdnEntry> removed) {

    public ListChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static ListChanges between(SanctionsList previous, SanctionsList current) {
        List<SdnEntry> added = new ArrayList<>();
        List<SdnEntry> changed = new ArrayList<>();
        for (SdnEntry entry : current.entries()) {
            previous.entry(entry.id()).ifPresentOrElse(old -> {
                if (!old.equals(entry)) {
                    changed.add(entry);
                }
            }, () -> added.add(entry));
        }
        List<SdnEntry> removed = previous.entries().stream().filter(e -> current.entry(e.id()).isEmpty()).toList();
        return new ListChanges(added, changed, removed);
    }

    /** New and changed entries, in the current list's order. */
    public List<SdnEntry> addedOrChanged() {
        List<SdnEntry> all = new ArrayList<>(added.size() + changed.size());
        all.addAll(added);
        all.addAll(changed);
        return all;
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
