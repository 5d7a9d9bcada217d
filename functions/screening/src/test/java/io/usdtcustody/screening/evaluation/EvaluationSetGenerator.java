package io.usdtcustody.screening.evaluation;

import io.usdtcustody.screening.csv.CsvWriter;
import io.usdtcustody.screening.list.ListedName;
import io.usdtcustody.screening.list.NameKind;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Builds the labelled evaluation set from the OFAC list, reproducibly (fixed seed, list order):
 * <ul>
 *   <li>{@code alias}: a strong alias (aka/fka/nka) against its entry's primary name, when most words of the
 *       shorter share their first letters with the other ({@link Folding#mostlySameStems}): real spelling and
 *       romanisation variants, reorderings, added or missing names; {@code alias-unrelated}: the other aliases
 *       (renamings, acronyms, translations, noms de guerre, other given names), kept apart because no spelling
 *       can link them — reported, not part of the headline F1;</li>
 *   <li>{@code variant:…}: a listed name rewritten by {@link VariantGenerator} (one or two operations);</li>
 *   <li>{@code shared-word} and {@code shared-word-subset}: primary names of two different entries of the
 *       same kind that share a word (same surname, same common given name, same company word);</li>
 *   <li>{@code near-miss}: two different entries whose names are closest by letter trigrams.</li>
 * </ul>
 * Negatives whose names are the same name by the generator's own crude reading ({@link Folding}) are left
 * out: different people with the same name are a match for a name matcher. Run {@link #main} to rewrite
 * {@code src/test/resources/evaluation/ofac-name-pairs.csv}; a test checks the committed file is this output.
 */
final class EvaluationSetGenerator {
    static final long SEED = 20_240_503L;
    static final String RESOURCE = "evaluation/ofac-name-pairs.csv";
    private static final int ALIASES = 1600;
    private static final int UNRELATED_ALIASES = 400;
    private static final int PERSON_VARIANTS = 1000;
    private static final int ORGANIZATION_VARIANTS = 700;
    private static final int SHARED_WORD = 1400;
    private static final int NEAR_MISS = 900;

    private final Random random = new Random(SEED);
    private final VariantGenerator variants = new VariantGenerator(random);
    private final List<SdnEntry> entries;

    EvaluationSetGenerator(SanctionsList list) {
        List<SdnEntry> eligible = new ArrayList<>();
        for (SdnEntry e : list.entries()) {
            if (e.inSdnFile() && (e.schema() == Schema.PERSON || e.schema() == Schema.ORGANIZATION)) {
                eligible.add(e);
            }
        }
        Collections.shuffle(eligible, random);
        this.entries = List.copyOf(eligible);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/" + RESOURCE);
        Files.writeString(out, render(new EvaluationSetGenerator(OfacCsvLists.fromClasspath()).generate()),
                StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String render(List<EvaluationPair> pairs) {
        StringBuilder csv = new StringBuilder(EvaluationPair.HEADER).append("\r\n");
        for (EvaluationPair p : pairs) {
            csv.append(CsvWriter.record(List.of(p.name1(), p.name2(), p.schema(), p.expected(), p.category(), p.split())));
        }
        return csv.toString();
    }

    List<EvaluationPair> generate() {
        List<EvaluationPair> pairs = new ArrayList<>();
        aliases(pairs);
        variants(pairs);
        new NegativePairs(entries, random, this::schemaLabel, this::maybeQueryStyle).add(pairs, SHARED_WORD, NEAR_MISS);
        return pairs;
    }

    private void aliases(List<EvaluationPair> pairs) {
        int related = 0;
        int unrelated = 0;
        for (SdnEntry e : entries) {
            List<ListedName> strong = e.names().stream().filter(n -> n.kind() == NameKind.AKA
                    || n.kind() == NameKind.FKA || n.kind() == NameKind.NKA).toList();
            if (strong.isEmpty()) {
                continue;
            }
            String alias = strong.get(random.nextInt(strong.size())).text();
            String primary = e.primaryName();
            if (Folding.key(alias).equals(Folding.key(primary)) || Folding.words(alias).isEmpty()) {
                continue;
            }
            boolean variant = Folding.mostlySameStems(alias, primary);
            if (variant && related < ALIASES) {
                related++;
                pairs.add(pair(maybeQueryStyle(alias, e), primary, e, true, "alias"));
            } else if (!variant && unrelated < UNRELATED_ALIASES) {
                unrelated++;
                pairs.add(pair(maybeQueryStyle(alias, e), primary, e, true, "alias-unrelated"));
            }
        }
    }

    private void variants(List<EvaluationPair> pairs) {
        int people = 0;
        int organisations = 0;
        for (int k = entries.size() - 1; k >= 0 && (people < PERSON_VARIANTS || organisations < ORGANIZATION_VARIANTS); k--) {
            SdnEntry e = entries.get(k);
            boolean person = e.schema() == Schema.PERSON;
            if ((person && people >= PERSON_VARIANTS) || (!person && organisations >= ORGANIZATION_VARIANTS)) {
                continue;
            }
            String base = e.primaryName();
            List<ListedName> strong = e.names().stream().filter(n -> n.kind() == NameKind.AKA).toList();
            if (!strong.isEmpty() && random.nextInt(10) < 3) {
                base = strong.get(random.nextInt(strong.size())).text();
            }
            String start = person && random.nextInt(100) < 85 ? variants.queryStyle(base, true) : base;
            List<String> applied = new ArrayList<>();
            String variant = start;
            int operations = 1 + random.nextInt(2);
            for (int attempt = 0; attempt < 12 && applied.size() < operations; attempt++) {
                String op = VariantOperations.pick(random, person, e.programs());
                String next = VariantOperations.apply(variants, op, variant);
                if (next != null && !next.isBlank() && !next.equals(variant) && !applied.contains(op)) {
                    variant = next;
                    applied.add(op);
                }
            }
            if (applied.isEmpty() || variant.equals(base)) {
                continue;
            }
            if (person) {
                people++;
            } else {
                organisations++;
            }
            pairs.add(pair(variant, base, e, true, "variant:" + String.join("+", applied)));
        }
    }

    private String maybeQueryStyle(String name, SdnEntry e) {
        return e.schema() == Schema.PERSON && random.nextBoolean() ? variants.queryStyle(name, true) : name;
    }

    private EvaluationPair pair(String name1, String name2, SdnEntry e, boolean match, String category) {
        return new EvaluationPair(name1, name2, schemaLabel(e, name1 + " " + name2), match, category, split(e.id()));
    }

    /** Person, Company (a legal form is written) or Organization; one pair in five has no schema. */
    String schemaLabel(SdnEntry e, String names) {
        if (random.nextInt(5) == 0) {
            return "";
        }
        if (e.schema() == Schema.PERSON) {
            return "Person";
        }
        return names.toUpperCase(java.util.Locale.ROOT).matches(".*\\b(LTD|LLC|INC|CO|LIMITED|COMPANY|JSC|OOO|GMBH|S\\.A|CORPORATION)\\b.*")
                ? "Company" : "Organization";
    }

    /** Entries split in two halves by a hash of their id: {@code tune} chooses the threshold, {@code test} measures. */
    static String split(int entryId) {
        long h = (entryId * 0x9E3779B97F4A7C15L) >>> 61;
        return (h & 1) == 0 ? "tune" : "test";
    }
}
