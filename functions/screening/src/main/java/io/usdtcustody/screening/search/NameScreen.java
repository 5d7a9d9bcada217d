package io.usdtcustody.screening.search;

import io.usdtcustody.screening.image.ImageWriter;
import io.usdtcustody.screening.list.ListedName;
import io.usdtcustody.screening.list.NameKind;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.NameComparison;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.name.NamePreparer;
import io.usdtcustody.screening.name.NameScorer;
import io.usdtcustody.screening.name.NameWords;
import io.usdtcustody.screening.name.PreparedName;
import io.usdtcustody.screening.name.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Screens names against a sanctions list: every listed name (primary and aliases) is prepared once and
 * indexed ({@link NameIndex}); a query is compared in full only with the best-supported candidates, of a
 * compatible schema (a person is never matched to a company unless the query's schema is unknown). Hits are
 * per entry (its best-matching name), adjusted by date of birth ({@link BirthDateEvidence}), best first.
 * Weak aliases (nicknames OFAC itself calls too broad) count a little less. Immutable and thread-safe: build
 * one per list version and share it.
 */
public final class NameScreen {
    /** How many listed names are scored in full per query. */
    static final int CANDIDATES = 48;
    /** Candidates need at least this share of the best candidate's key support. */
    static final float MIN_SUPPORT_SHARE = 0.25f;
    static final double WEAK_ALIAS_FACTOR = 0.95;

    private final SanctionsList list;
    private final NameMatcher matcher;
    private final NamePreparer preparer;
    private final NameScorer scorer = new NameScorer();
    private final ListedNames names;
    private final NameIndex index;

    private NameScreen(SanctionsList list, NameMatcher matcher, List<NameWords> read) {
        this.list = list;
        this.matcher = matcher;
        this.preparer = matcher.preparer();
        List<SdnEntry> entries = list.entries();
        List<PreparedName> prepared = new ArrayList<>(read.size());
        List<Integer> owners = new ArrayList<>(read.size());
        List<Integer> positions = new ArrayList<>(read.size());
        int next = 0;
        for (int e = 0; e < entries.size(); e++) {
            List<ListedName> entryNames = entries.get(e).names();
            for (int position = 0; position < entryNames.size(); position++) {
                PreparedName p = preparer.prepare(read.get(next++));
                if (!p.isEmpty()) {
                    prepared.add(p);
                    owners.add(e);
                    positions.add(position);
                }
            }
        }
        this.names = ListedNames.of(entries, owners.stream().mapToInt(Integer::intValue).toArray(),
                positions.stream().mapToInt(Integer::intValue).toArray(), prepared);
        this.index = new NameIndex(prepared);
    }

    /** A screen read from a prebuilt image ({@link ScreenImage}): the same names, index and weights. */
    NameScreen(SanctionsList list, NameMatcher matcher, ListedNames names, NameIndex index) {
        if (names.size() != index.size()) {
            throw new IllegalArgumentException("an index of " + index.size() + " names for " + names.size());
        }
        this.list = list;
        this.matcher = matcher;
        this.preparer = matcher.preparer();
        this.names = names;
        this.index = index;
    }

    /**
     * A screen of {@code list} with word weights learned from it and the default threshold. For the list shipped on
     * the class path it is read from the image the build made of those very files ({@link ScreenImage}), in
     * milliseconds instead of over a second, and finds the same hits.
     */
    public static NameScreen of(SanctionsList list) {
        return ScreenPrefetch.forList(list).or(() -> ScreenImage.read(list)).orElseGet(() -> {
            List<NameWords> read = ListWeights.read(list);
            return new NameScreen(list, new NameMatcher(ListWeights.learn(read)), read);
        });
    }

    /** A screen of {@code list} deciding with {@code matcher} (its weights and threshold). */
    public static NameScreen of(SanctionsList list, NameMatcher matcher) {
        return new NameScreen(list, matcher, ListWeights.read(list));
    }

    /**
     * Starts reading the shipped list's prebuilt screen on a background daemon thread (once per JVM) and running
     * one fixed query on it, so the first {@code NameScreen.of(OfacCsvLists.fromClasspath())} finds it ready: for a
     * function's init, where it overlaps the SDK client's class loading. Reads no clock, draws no random number,
     * opens no connection (see {@link ScreenPrefetch}).
     */
    public static void prefetchShipped() {
        ScreenPrefetch.start();
    }

    /** This screen's weights, names and index as a screen of {@code other}, a list read from the same files. */
    NameScreen withList(SanctionsList other) {
        return new NameScreen(other, matcher, names, index);
    }

    /** Writes the screen's weights, names and index to an image ({@link ScreenImage}). */
    void writeTo(ImageWriter out) {
        matcher.preparer().weights().writeTo(out);
        names.writeTo(out);
        index.writeTo(out);
    }

    public SanctionsList list() {
        return list;
    }

    /** The pairwise matcher this screen decides with (same weights, same threshold). */
    public NameMatcher matcher() {
        return matcher;
    }

    /** The hits that are matches at the threshold, best first. */
    public List<NameHit> screen(ScreeningQuery query) {
        return search(query, Integer.MAX_VALUE, matcher.threshold());
    }

    /** Up to {@code limit} hits scoring at least {@code minScore}, best first (matches and near misses). */
    public List<NameHit> search(ScreeningQuery query, int limit, double minScore) {
        PreparedName prepared = preparer.prepare(query.name(), query.schema());
        if (prepared.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<Integer, Scored> best = new HashMap<>();
        for (int id : index.candidates(prepared, CANDIDATES, MIN_SUPPORT_SHARE)) {
            SdnEntry entry = names.entryOf(id);
            if (!query.schema().compatibleWith(entry.schema())) {
                continue;
            }
            Schema schema = query.schema().narrowest(entry.schema());
            double score = scorer.score(prepared, names.prepared(id), schema);
            if (names.listed(id).kind() == NameKind.WEAK_AKA) {
                score *= WEAK_ALIAS_FACTOR;
            }
            Scored previous = best.get(names.entryNumber(id));
            if (previous == null || score > previous.score) {
                best.put(names.entryNumber(id), new Scored(id, score, schema));
            }
        }
        List<NameHit> hits = new ArrayList<>();
        for (Scored s : best.values()) {
            SdnEntry entry = names.entryOf(s.nameId);
            Optional<BirthDateEvidence.Adjustment> dob = entry.schema() == Schema.PERSON
                    ? BirthDateEvidence.of(query.birthDate(), entry.birthDates()) : Optional.empty();
            double score = Math.max(0, Math.min(1, s.score + dob.map(BirthDateEvidence.Adjustment::delta).orElse(0.0)));
            if (score >= minScore) {
                hits.add(hit(prepared, s, entry, score, dob));
            }
        }
        hits.sort(Comparator.comparingDouble(NameHit::score).reversed().thenComparingInt(NameHit::entryId));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /**
     * How {@code query} fares against one entry, which need not be in this screen's list (a previous
     * version of an entry, when re-screening): scored with this screen's weights and rules, empty when the
     * schemas are incompatible or no name of the entry scores above 0.
     */
    public Optional<NameHit> compareWithEntry(ScreeningQuery query, SdnEntry entry) {
        if (!query.schema().compatibleWith(entry.schema())) {
            return Optional.empty();
        }
        PreparedName prepared = preparer.prepare(query.name(), query.schema());
        Schema schema = query.schema().narrowest(entry.schema());
        PreparedName bestName = null;
        ListedName bestListed = null;
        double best = 0;
        for (ListedName name : entry.names()) {
            PreparedName p = preparer.prepare(name.text(), entry.schema());
            double score = scorer.score(prepared, p, schema) * (name.kind() == NameKind.WEAK_AKA ? WEAK_ALIAS_FACTOR : 1);
            if (score > best) {
                best = score;
                bestName = p;
                bestListed = name;
            }
        }
        if (bestName == null) {
            return Optional.empty();
        }
        Optional<BirthDateEvidence.Adjustment> dob = entry.schema() == Schema.PERSON
                ? BirthDateEvidence.of(query.birthDate(), entry.birthDates()) : Optional.empty();
        double score = Math.max(0, Math.min(1, best + dob.map(BirthDateEvidence.Adjustment::delta).orElse(0.0)));
        return Optional.of(hit(prepared, bestName, bestListed, schema, entry, score, dob));
    }

    private NameHit hit(PreparedName query, Scored s, SdnEntry entry, double score,
            Optional<BirthDateEvidence.Adjustment> dob) {
        return hit(query, names.prepared(s.nameId), names.listed(s.nameId), s.schema, entry, score, dob);
    }

    private NameHit hit(PreparedName query, PreparedName name, ListedName listed, Schema schema, SdnEntry entry,
            double score, Optional<BirthDateEvidence.Adjustment> dob) {
        NameComparison comparison = scorer.compare(query, name, schema);
        StringBuilder explanation = new StringBuilder(comparison.explanation());
        if (listed.kind() == NameKind.WEAK_AKA) {
            explanation.append("; weak alias (counts ").append(WEAK_ALIAS_FACTOR).append(')');
        }
        dob.ifPresent(d -> explanation.append("; ").append(d.note())
                .append(d.delta() == 0 ? "" : String.format(java.util.Locale.ROOT, " (%+.2f)", d.delta())));
        return new NameHit(entry.id(), entry.primaryName(), listed.text(), listed.kind(), entry.schema(),
                entry.programs(), score, score >= matcher.threshold(), explanation.toString());
    }

    private record Scored(int nameId, double score, Schema schema) {
    }
}
