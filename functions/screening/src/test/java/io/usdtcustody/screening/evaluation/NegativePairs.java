package io.usdtcustody.screening.evaluation;

import io.usdtcustody.screening.list.SdnEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Hard negatives from the list: names of two different entries of the same kind that share a word, and names
 * of two different entries that are closest by letter trigrams. Pairs that are the same name by the
 * generator's own reading ({@link Folding}) are skipped: they are not negatives for a name matcher.
 */
final class NegativePairs {
    private static final int MAX_TRIGRAM_POSTING = 1500;
    private static final double MIN_NEAR_JACCARD = 0.40;

    private final List<SdnEntry> entries;
    private final Random random;
    private final BiFunction<SdnEntry, String, String> schemaLabel;
    private final BiFunction<String, SdnEntry, String> queryStyle;

    NegativePairs(List<SdnEntry> entries, Random random, BiFunction<SdnEntry, String, String> schemaLabel,
            BiFunction<String, SdnEntry, String> queryStyle) {
        this.entries = entries;
        this.random = random;
        this.schemaLabel = schemaLabel;
        this.queryStyle = queryStyle;
    }

    void add(List<EvaluationPair> pairs, int sharedWord, int nearMiss) {
        Set<String> seen = new HashSet<>();
        sharedWord(pairs, sharedWord, seen);
        nearMiss(pairs, nearMiss, seen);
    }

    private void sharedWord(List<EvaluationPair> pairs, int wanted, Set<String> seen) {
        Map<String, List<SdnEntry>> byWord = new LinkedHashMap<>();
        for (SdnEntry e : entries) {
            for (String w : new java.util.LinkedHashSet<>(Folding.words(e.primaryName()))) {
                if (w.length() >= 3) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
                }
            }
        }
        int made = 0;
        for (int k = 0; k < entries.size() && made < wanted; k++) {
            SdnEntry e = entries.get(k);
            List<String> words = Folding.words(e.primaryName()).stream().filter(w -> w.length() >= 3).toList();
            if (words.isEmpty()) {
                continue;
            }
            List<SdnEntry> others = byWord.get(words.get(random.nextInt(words.size())));
            SdnEntry f = others.get(random.nextInt(others.size()));
            if (f.id() == e.id() || f.schema() != e.schema()) {
                continue;
            }
            String category = Folding.subset(e.primaryName(), f.primaryName()) ? "shared-word-subset" : "shared-word";
            if (offer(pairs, seen, e, f, category)) {
                made++;
            }
        }
    }

    private void nearMiss(List<EvaluationPair> pairs, int wanted, Set<String> seen) {
        Map<String, List<Integer>> byTrigram = new HashMap<>();
        List<Set<String>> grams = new ArrayList<>(entries.size());
        for (int k = 0; k < entries.size(); k++) {
            Set<String> g = trigrams(entries.get(k).primaryName());
            grams.add(g);
            for (String t : g) {
                byTrigram.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
            }
        }
        int made = 0;
        for (int k = entries.size() / 2; k < entries.size() && made < wanted; k++) {
            SdnEntry e = entries.get(k);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String t : grams.get(k)) {
                List<Integer> posting = byTrigram.get(t);
                if (posting.size() <= MAX_TRIGRAM_POSTING) {
                    posting.forEach(o -> shared.merge(o, 1, Integer::sum));
                }
            }
            int best = -1;
            double bestJaccard = MIN_NEAR_JACCARD;
            for (Map.Entry<Integer, Integer> c : shared.entrySet()) {
                SdnEntry f = entries.get(c.getKey());
                double jaccard = c.getValue() / (double) (grams.get(k).size() + grams.get(c.getKey()).size() - c.getValue());
                if (f.id() != e.id() && f.schema() == e.schema() && jaccard > bestJaccard
                        && !Folding.spellingEquivalent(e.primaryName(), f.primaryName())) {
                    best = c.getKey();
                    bestJaccard = jaccard;
                }
            }
            if (best >= 0 && offer(pairs, seen, e, entries.get(best), "near-miss")) {
                made++;
            }
        }
    }

    private boolean offer(List<EvaluationPair> pairs, Set<String> seen, SdnEntry e, SdnEntry f, String category) {
        String a = e.primaryName();
        String b = f.primaryName();
        String key = Math.min(e.id(), f.id()) + "/" + Math.max(e.id(), f.id());
        if (Folding.key(a).equals(Folding.key(b)) || Folding.spellingEquivalent(a, b) || !seen.add(key)) {
            return false;
        }
        String name1 = queryStyle.apply(a, e);
        pairs.add(new EvaluationPair(name1, b, schemaLabel.apply(e, name1 + " " + b), false, category,
                EvaluationSetGenerator.split(Math.min(e.id(), f.id()))));
        return true;
    }

    private static Set<String> trigrams(String name) {
        String s = " " + String.join(" ", Folding.words(name)) + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams.add(s.substring(i, i + 3));
        }
        return grams;
    }
}
