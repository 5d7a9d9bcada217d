package io.usdtcustody.screening.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evaluation generator's own crude reading of names — deliberately not the matcher's: lower case, accents
 * off, punctuation to spaces, a short list of legal forms, articles and particles dropped. It decides which
 * pairs are "the same name written the same way" (and so cannot serve as a negative) without asking the
 * matcher under test.
 */
final class Folding {
    private static final Set<String> NOISE = Set.of("the", "ltd", "llc", "inc", "co", "company", "limited",
            "corporation", "corp", "sa", "jsc", "ooo", "oao", "zao", "ao", "pjsc", "gmbh", "llp", "plc", "al",
            "el", "de", "of", "and", "bin", "ibn", "abu", "joint", "stock", "public", "closed", "open", "liability",
            "aktsionernoe", "obshchestvo", "obschestvo", "publichnoe", "otkrytoe", "zakrytoe", "pte", "pao", "cv",
            "ltda", "cia", "fze", "jr", "for", "y", "la", "del", "s", "a", "o", "i", "srl", "bv", "ag", "kg", "sal",
            "ca", "fzco", "fzc", "sarl", "sas", "nv", "ojsc", "cjsc", "pvt", "bhd", "sdn", "pty", "spa", "ood",
            "eood", "doo", "sro", "tov", "pat", "kk", "incorporated", "se", "rl", "ou", "as", "ab");

    private Folding() {
    }

    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`.]", "").replaceAll("[^a-z0-9]+", " ").strip();
        List<String> words = new ArrayList<>();
        for (String w : plain.split(" ")) {
            if (!w.isEmpty() && !NOISE.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Sorted words: equal for names that differ only in order, case, accents, punctuation and noise. */
    static String key(String name) {
        String[] w = words(name).toArray(new String[0]);
        Arrays.sort(w);
        return String.join(" ", w);
    }

    /**
     * Whether two names are spelling-equivalent by this crude reading: the same number of words, each within a
     * small edit distance of a distinct word of the other. Two different list entries with such names are the
     * same name (different people named alike), so a name matcher must call them a match: they are not used as
     * negatives.
     */
    static boolean spellingEquivalent(String a, String b) {
        List<String> x = words(a);
        List<String> y = new ArrayList<>(words(b));
        if (x.isEmpty() || x.size() != y.size()) {
            return x.isEmpty() && y.isEmpty();
        }
        for (String w : x) {
            int best = -1;
            for (int j = 0; j < y.size(); j++) {
                if (distance(w, y.get(j)) <= Math.max(1, Math.min(w.length(), y.get(j).length()) / 4)) {
                    best = j;
                    break;
                }
            }
            if (best < 0) {
                return false;
            }
            y.remove(best);
        }
        return true;
    }

    /** Whether every word of the shorter name is also a word of the longer one. */
    static boolean subset(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> small = x.size() <= y.size() ? x : y;
        List<String> large = x.size() <= y.size() ? y : x;
        return !small.isEmpty() && large.containsAll(small);
    }

    /** Whether the names share a word of three letters or more. */
    static boolean shareWord(String a, String b) {
        List<String> y = words(b);
        return words(a).stream().anyMatch(w -> w.length() >= 3 && y.contains(w));
    }

    /**
     * The crude "is this alias a spelling of the name" test: more than half of the words of the shorter name
     * start with the same three letters as some word of the other. Renamings, acronyms, translations and
     * partial names (same surname, other given names) fail it.
     */
    static boolean mostlySameStems(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> small = x.size() <= y.size() ? x : y;
        List<String> large = x.size() <= y.size() ? y : x;
        List<String> stems = large.stream().map(Folding::stem).toList();
        long shared = small.stream().filter(w -> stems.contains(stem(w))).count();
        return !small.isEmpty() && shared * 2 > small.size();
    }

    private static String stem(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
