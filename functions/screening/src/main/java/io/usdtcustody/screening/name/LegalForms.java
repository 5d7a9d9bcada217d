package io.usdtcustody.screening.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Legal-form words and the English article: noise when comparing company and organisation names
 * ({@code ROMASHKA LLC} = {@code OOO ROMASHKA} = {@code Limited Liability Company "Romashka"}). Matched on
 * normalised tokens anywhere in the name, multi-word forms first (element ending in {@code *} matches by
 * prefix, for the many romanisations of {@code общество с ограниченной ответственностью}; words of six letters
 * or more may carry one typo, phrase words of five or more). A form is removed,
 * never compared: registries and lists write the same company with different forms all the time.
 */
final class LegalForms {
    private static final String[][] PHRASES = {
        {"obsh*", "s", "ogranich*", "otvetstv*"}, {"obsch*", "s", "ogranich*", "otvetstv*"},
        {"aktsion*", "obsch*"}, {"zakryt*", "aktsion*", "obsch*"}, {"otkryt*", "aktsion*", "obsch*"},
        {"publichn*", "aktsion*", "obsch*"}, {"tovar*", "z", "obmezh*", "vidpovid*"},
        {"zakryt*", "aktsion*", "obsh*"}, {"otkryt*", "aktsion*", "obsh*"}, {"publichn*", "aktsion*", "obsh*"},
        {"nepublichn*", "aktsion*", "obsh*"}, {"aktsion*", "obsh*"}, {"aktsion*", "tovar*"},
        {"public", "joint", "stock", "compan*"}, {"closed", "joint", "stock", "compan*"},
        {"open", "joint", "stock", "compan*"}, {"joint", "stock", "compan*"},
        {"limited", "liability", "compan*"}, {"limited", "liability", "partnership"},
        {"public", "limited", "compan*"}, {"private", "limited", "compan*"}, {"limited", "partnership"},
        {"sociedad", "anonima"}, {"societe", "anonyme"}, {"sociedad", "de", "responsabilidad", "limitada"},
        {"societe", "a", "responsabilite", "limitee"}, {"societa", "per", "azioni"}, {"sp", "z", "o", "o"},
        {"s", "de", "rl", "de", "cv"}, {"s", "de", "rl"}, {"sa", "de", "cv"}, {"s", "r", "o"}, {"d", "o", "o"},
        {"company", "limited"}, {"co", "ltd"}, {"pvt", "ltd"}, {"pte", "ltd"}, {"pty", "ltd"}, {"sdn", "bhd"},
        {"gmbh", "co", "kg"}, {"general", "partnership"},
    };
    private static final Set<String> WORDS = Set.of(
            "the", "ltd", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "co", "company",
            "limited", "plc", "gmbh", "ag", "kg", "ohg", "mbh", "sa", "sas", "sarl", "srl", "spa", "sl", "slu",
            "bv", "nv", "oy", "oyj", "ab", "asa", "aps", "kft", "zrt", "nyrt", "jsc", "ojsc", "cjsc", "pjsc",
            "pao", "oao", "zao", "ooo", "ao", "tov", "pat", "prat", "fze", "fzco", "fzc", "fzllc", "pte", "pty",
            "bhd", "tbk", "ltda", "cia", "sac", "saa", "eirl", "sae", "wll", "eood", "ood", "sro", "doo", "dd",
            "spzoo", "sapi", "cv", "lc", "pc", "pllc", "lllp", "sca", "scs", "sasu", "eurl", "gie", "kk", "yk", "se",
            "corporacion", "compania", "companhia", "kompaniya", "korporatsiya", "jsco");

    /** First letters of phrases (a phrase's first word may carry a typo, but not in its first letter). */
    private static final String PHRASE_INITIALS = initials();
    private static final List<String> LONG_WORDS = WORDS.stream().filter(w -> w.length() >= 6).sorted().toList();

    private LegalForms() {
    }

    private static String initials() {
        StringBuilder letters = new StringBuilder();
        for (String[] phrase : PHRASES) {
            if (letters.indexOf(phrase[0].substring(0, 1)) < 0) {
                letters.append(phrase[0].charAt(0));
            }
        }
        return letters.toString();
    }

    /** Prefix match; a prefix of five letters or more may carry one typo ({@code coompany}). */
    private static boolean startsLike(String token, String prefix) {
        if (token.startsWith(prefix)) {
            return true;
        }
        if (prefix.length() < 5) {
            return false;
        }
        for (int k = prefix.length() - 1; k <= prefix.length() + 1 && k <= token.length(); k++) {
            if (TokenSimilarity.withinOneEdit(prefix, token.subSequence(0, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code tokens} without legal forms; the removed words are added to {@code removed}. When every token is
     * a legal form (a company literally named "The Company Ltd") nothing is removed.
     */
    static List<NameNormaliser.RawToken> strip(List<NameNormaliser.RawToken> tokens, List<String> removed) {
        List<NameNormaliser.RawToken> kept = new ArrayList<>(tokens.size());
        List<String> dropped = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            int phrase = phraseLength(tokens, i);
            if (phrase > 0) {
                StringBuilder form = new StringBuilder();
                for (int j = i; j < i + phrase; j++) {
                    form.append(j > i ? " " : "").append(tokens.get(j).text());
                }
                dropped.add(form.toString());
                i += phrase;
            } else if (isWord(tokens.get(i).text())) {
                dropped.add(tokens.get(i).text());
                i++;
            } else {
                kept.add(tokens.get(i));
                i++;
            }
        }
        if (kept.isEmpty()) {
            return tokens;
        }
        removed.addAll(dropped);
        return kept;
    }

    /** Whether {@code tokens} hold a legal form at all (for names whose schema nobody gave). */
    static boolean present(List<NameNormaliser.RawToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if ((isWord(t) && !t.equals("the")) || phraseLength(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A legal-form word, or a typo of one of six letters or more ({@code limietd}, {@code compay}). */
    private static boolean isWord(String token) {
        if (WORDS.contains(token)) {
            return true;
        }
        if (token.length() < 6) {
            return false;
        }
        for (String w : LONG_WORDS) {
            if (TokenSimilarity.withinOneEdit(w, token)) {
                return true;
            }
        }
        return false;
    }

    private static int phraseLength(List<NameNormaliser.RawToken> tokens, int start) {
        String first = tokens.get(start).text();
        if (first.isEmpty() || PHRASE_INITIALS.indexOf(first.charAt(0)) < 0) {
            return 0;
        }
        for (String[] phrase : PHRASES) {
            if (start + phrase.length <= tokens.size() && matches(phrase, tokens, start)) {
                return phrase.length;
            }
        }
        return 0;
    }

    private static boolean matches(String[] phrase, List<NameNormaliser.RawToken> tokens, int start) {
        for (int k = 0; k < phrase.length; k++) {
            String element = phrase[k];
            String token = tokens.get(start + k).text();
            boolean ok = element.endsWith("*") ? startsLike(token, element.substring(0, element.length() - 1))
                    : token.equals(element) || (element.length() >= 5 && TokenSimilarity.withinOneEdit(element, token));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
