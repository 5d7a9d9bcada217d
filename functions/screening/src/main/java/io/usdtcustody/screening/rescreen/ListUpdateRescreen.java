package io.usdtcustody.screening.rescreen;

import io.usdtcustody.screening.list.ListChanges;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.NameScreen;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Re-screens a customer base when the sanctions list is updated and returns only the new hits: matches under
 * the new list that were not matches under the previous one. Only new and changed entries can produce those,
 * so the population is screened against a screen of just those entries (with the new list's word weights, so
 * scores are what a full screen would give), and a hit on a changed entry counts only if the customer did not
 * already match that entry's previous version. A hit that merely persists was reviewed when it first appeared;
 * removed entries produce nothing. Pure computation: storage and case opening are the caller's.
 */
public final class ListUpdateRescreen {
    private final NameScreen previous;
    private final NameScreen current;
    private final ListChanges changes;
    private final Optional<NameScreen> changedOnly;

    public ListUpdateRescreen(NameScreen previous, NameScreen current) {
        this.previous = previous;
        this.current = current;
        this.changes = ListChanges.between(previous.list(), current.list());
        List<SdnEntry> changed = changes.addedOrChanged();
        this.changedOnly = changed.isEmpty() ? Optional.empty()
                : Optional.of(NameScreen.of(SanctionsList.of(current.list().source() + " (changes)", changed),
                        current.matcher()));
    }

    /** What the update changed. */
    public ListChanges changes() {
        return changes;
    }

    /** The new hits of {@code population}, in population order. */
    public List<NewHit> newHits(Iterable<Subject> population) {
        List<NewHit> hits = new ArrayList<>();
        newHits(population, hits::add);
        return hits;
    }

    /** Streams the new hits of {@code population} to {@code sink} (for populations too large to collect). */
    public void newHits(Iterable<Subject> population, Consumer<NewHit> sink) {
        if (changedOnly.isEmpty()) {
            return;
        }
        for (Subject subject : population) {
            ScreeningQuery query = subject.query();
            for (NameHit hit : changedOnly.get().screen(query)) {
                Optional<SdnEntry> before = previous.list().entry(hit.entryId());
                if (before.isEmpty()) {
                    sink.accept(new NewHit(subject.customerId(), hit, NewHit.Reason.NEW_ENTRY));
                } else if (!previous.compareWithEntry(query, before.get()).map(NameHit::match).orElse(false)) {
                    sink.accept(new NewHit(subject.customerId(), hit, NewHit.Reason.CHANGED_ENTRY));
                }
            }
        }
    }

    /** The screen of the new list (for the regular screening of new customers after the update). */
    public NameScreen current() {
        return current;
    }
}
