package io.usdtcustody.screening.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prepares names for comparison: normalises and romanises ({@link NameNormaliser}), removes legal forms from
 * non-person names ({@link LegalForms}), and reads Arabic name particles one way whatever the spelling — the
 * article ({@code al-}, {@code el-}, {@code ul-}, and its assimilated forms {@code ar-Rahman},
 * {@code as-Sayyid}) is dropped, and the {@code Abd} of a compound stands on its own ({@code Abdulrahman},
 * {@code Abdel Rahman}, {@code Abd al-Rahman} all become {@code abd rahman}), so word order no longer
 * matters for them either. Thread-safe.
 */
public final class NamePreparer {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il");
    private static final Set<String> ABD_FORMS = Set.of("abd", "abdel", "abdul", "abdal", "abdol", "abdil", "abdu",
            "abdou", "abdoul", "abdur", "abdar", "abder", "abdus", "abdes", "abdas", "abdi");
    private static final Set<String> ABU_FORMS = Set.of("abu", "abou", "abo");
    private static final Set<String> BIN_FORMS = Set.of("bin", "ibn", "bint");
    private static final int MAX_TOKENS = 24;
    private static final List<String> COMPOUND_SUFFIXES = List.of("uddine", "eddine", "uddeen", "uddin", "eddin",
            "addin", "aldin", "eldin", "ullah", "ollah", "allah", "ulla", "olla");

    private final TokenWeights weights;

    public NamePreparer(TokenWeights weights) {
        this.weights = weights;
    }

    public TokenWeights weights() {
        return weights;
    }

    /** Prepares {@code name} for comparisons under {@code schema}. */
    public PreparedName prepare(String name, Schema schema) {
        return prepare(words(name, schema));
    }

    /** Prepares words already read by {@link #words}: a list is read once, for weights and for preparing. */
    public PreparedName prepare(NameWords read) {
        List<String> words = read.words();
        NameToken[] tokens = new NameToken[words.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = NameToken.of(words.get(i), read.consonantal().get(i), weights.weight(words.get(i)));
        }
        NameToken[] pairs = new NameToken[Math.max(0, tokens.length - 1)];
        for (int i = 0; i < pairs.length; i++) {
            String joined = tokens[i].text() + tokens[i + 1].text();
            pairs[i] = NameToken.of(joined, Math.max(tokens[i].weight(), tokens[i + 1].weight()));
        }
        return new PreparedName(read.original(), read.effectiveSchema(), tokens, pairs, read.ignored());
    }

    /** The normalised words of {@code name} as it is compared under {@code schema}. */
    public static NameWords words(String name, Schema schema) {
        List<NameNormaliser.RawToken> raw = NameNormaliser.tokens(name);
        List<String> ignored = new ArrayList<>(2);
        boolean legalForm = schema.isLegalEntityLike() || (schema == Schema.ANY && LegalForms.present(raw));
        Schema effective = schema == Schema.ANY && legalForm ? Schema.ORGANIZATION : schema;
        if (legalForm) {
            raw = LegalForms.strip(raw, ignored);
        }
        List<String> words = new ArrayList<>(raw.size() + 1);
        List<Boolean> consonantal = new ArrayList<>(raw.size() + 1);
        collect(raw, schema, words, consonantal);
        return new NameWords(name, effective, words, consonantal, ignored);
    }

    private static void collect(List<NameNormaliser.RawToken> raw, Schema schema, List<String> words,
            List<Boolean> consonantal) {
        for (int i = 0; i < raw.size() && words.size() < MAX_TOKENS; i++) {
            NameNormaliser.RawToken token = raw.get(i);
            String t = token.text();
            boolean hasNext = i + 1 < raw.size();
            if (hasNext && (ARTICLES.contains(t) || isAssimilatedArticle(t, raw.get(i + 1).text()))) {
                continue;
            }
            if (token.acronym() && schema.isPerson()) {
                for (char c : t.toCharArray()) {
                    words.add(String.valueOf(c));
                }
            } else {
                if (token.arabicScript() && t.startsWith("al") && t.length() > 4) {
                    t = t.substring(2);
                }
                addParticleAware(t, words);
            }
            while (consonantal.size() < words.size()) {
                consonantal.add(token.arabicScript());
            }
        }
    }

    /** Splits an {@code Abd…} compound into {@code abd} and the rest, and unifies particle spellings. */
    private static void addParticleAware(String t, List<String> words) {
        if (ABD_FORMS.contains(t)) {
            words.add("abd");
            return;
        }
        if (ABU_FORMS.contains(t)) {
            words.add("abu");
            return;
        }
        if (BIN_FORMS.contains(t)) {
            words.add("bin");
            return;
        }
        if (!words.isEmpty() && words.get(words.size() - 1).equals("abd") && t.length() > 4
                && (t.startsWith("al") || t.startsWith("el") || t.startsWith("ul"))) {
            words.add(t.substring(2)); // Abd Allah → abd lah, as Abdallah
            return;
        }
        if (isDinForm(t)) {
            words.add("din"); // ad-Din, ud-Din, Eddine written alone
            return;
        }
        String stem = compoundStem(t);
        if (stem != null) {
            words.add(stem);
            words.add(t.endsWith("din") || t.endsWith("dine") || t.endsWith("deen") ? "din" : "lah");
            return;
        }
        if (t.startsWith("abd") && t.length() >= 6) {
            String rest = withoutLinkingArticle(t.substring(3));
            if (rest.length() >= 2) {
                words.add("abd");
                words.add(rest);
                return;
            }
        }
        words.add(t);
    }

    private static boolean isDinForm(String t) {
        return t.matches("[aeu][dl]?d(i|ee)ne?");
    }

    /**
     * The first part of a compound ending in {@code -uddin}/{@code -eddine}/{@code -aldin} or
     * {@code -ullah}/{@code -ollah}/{@code -allah} (Nasiruddin → nasir + din, Nematollah → nemat + lah), as
     * the two words are written apart just as often; null when {@code t} is no such compound.
     */
    private static String compoundStem(String t) {
        if (t.length() < 8) {
            return null;
        }
        for (String suffix : COMPOUND_SUFFIXES) {
            if (t.endsWith(suffix) && t.length() - suffix.length() >= 3) {
                return t.substring(0, t.length() - suffix.length());
            }
        }
        return null;
    }

    /** {@code ulrahman}, {@code urrahman}, {@code urahman}, {@code elaziz} → {@code rahman}, {@code aziz}. */
    private static String withoutLinkingArticle(String rest) {
        if (rest.length() < 3 || "aeiouy".indexOf(rest.charAt(0)) < 0) {
            return rest;
        }
        char second = rest.charAt(1);
        if (second == 'l' && rest.length() > 4) {
            return rest.substring(2);
        }
        if (rest.length() > 3 && rest.charAt(2) == second && "rstdzn".indexOf(second) >= 0) {
            return rest.substring(2);
        }
        return "aeiouy".indexOf(second) < 0 ? rest.substring(1) : rest;
    }

    /** {@code ar-Rahman}, {@code as-Sayyid}, {@code ash-Shami}, {@code ad-Din}: the article took the sound. */
    private static boolean isAssimilatedArticle(String t, String next) {
        if (t.length() < 2 || t.length() > 3 || "aeu".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        String consonant = t.substring(1);
        return "rstdzn".indexOf(consonant.charAt(0)) >= 0 && (consonant.length() == 1 || consonant.equals("sh"))
                && next.startsWith(consonant) && next.length() > consonant.length() + 1;
    }
}
