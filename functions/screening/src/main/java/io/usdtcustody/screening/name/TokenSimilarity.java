package io.usdtcustody.screening.name;

/**
 * Similarity of two words in [0, 1]; 0 when they should not be paired at all. The same word scores 1, the
 * same sounds ({@link Phonetics#phonetic}) 0.95, the same consonants a little less (more for longer
 * skeletons, which rarely collide by chance), and otherwise the edit similarity of the words or of their
 * phonetic keys (optimal string alignment: a transposed pair is one edit; short words allow no typo, long
 * ones up to three). Words with digits must be equal.
 * A word beginning with an attached Arabic article ({@code alrashid}) is also compared without it.
 */
final class TokenSimilarity {
    static final float FLOOR = 0.70f;
    static final float INITIAL = 0.80f;
    static final float PHONETIC = 0.95f;
    static final float LOOSE_CONSONANTS = 0.80f;
    static final float OTHER_FIRST_SOUND = 0.9f;
    /** Same consonants count only if the sounds are this alike overall (vowels moved, not a different word). */
    static final float SKELETON_MIN_LIKENESS = 0.6f;
    private static final int MAX_LEN = 48;

    private TokenSimilarity() {
    }

    /** Similarity of two whole words; initials are scored by {@link #initial}. */
    static float of(NameToken x, NameToken y) {
        return of(x, y, true);
    }

    /**
     * Similarity by spelling and sound only, without the consonant-skeleton shortcut: for words joined from
     * two, whose long skeletons collide by chance ({@code wu yaqin} / {@code evgeny}).
     */
    static float spellingOnly(NameToken x, NameToken y) {
        return of(x, y, false);
    }

    private static float of(NameToken x, NameToken y, boolean skeletons) {
        if (x.text().equals(y.text())) {
            return 1f;
        }
        if (x.initial() || y.initial() || x.hasDigit() || y.hasDigit()) {
            return 0f;
        }
        float s = core(x, y, skeletons);
        if (s < PHONETIC) {
            s = Math.max(s, withoutArticle(x, y));
            s = Math.max(s, withoutArticle(y, x));
        }
        return s >= FLOOR ? s : 0f;
    }

    /** An initial against a word: {@link #INITIAL} when the word starts with that letter. */
    static float initial(NameToken x, NameToken y) {
        if (x.initial() == y.initial()) {
            return x.text().equals(y.text()) ? 1f : 0f;
        }
        return x.text().charAt(0) == y.text().charAt(0) ? INITIAL : 0f;
    }

    /** What made {@link #of} give its score (for explanations). */
    static MatchKind kind(NameToken x, NameToken y, float similarity) {
        if (x.text().equals(y.text())) {
            return MatchKind.EXACT;
        }
        if (x.initial() || y.initial()) {
            return MatchKind.INITIAL;
        }
        if (x.phonetic().equals(y.phonetic())) {
            return MatchKind.PHONETIC;
        }
        if ((x.skeleton().equals(y.skeleton()) && similarity <= consonantScore(x.skeleton()) + 1e-6)
                || (x.looseSkeleton().equals(y.looseSkeleton()) && similarity <= LOOSE_CONSONANTS + 1e-6)) {
            return MatchKind.CONSONANTS;
        }
        return MatchKind.SPELLING;
    }

    private static float core(NameToken x, NameToken y, boolean skeletons) {
        if (x.phonetic().equals(y.phonetic())) {
            return PHONETIC;
        }
        float s = spelling(x.text(), y.text());
        s = Math.max(s, 0.97f * spelling(x.phonetic(), y.phonetic()));
        if (x.phonetic().charAt(0) != y.phonetic().charAt(0)) {
            s *= OTHER_FIRST_SOUND; // typos rarely hit the first letter; other names often differ there
        }
        if (!skeletons) {
            return s;
        }
        boolean sameSkeleton = x.skeleton().length() >= 2 && x.skeleton().equals(y.skeleton());
        boolean sameLoose = !sameSkeleton && x.looseSkeleton().length() >= 2
                && x.looseSkeleton().equals(y.looseSkeleton());
        if ((!sameSkeleton && !sameLoose) || !soundAlikeOverall(x, y)) {
            return s;
        }
        int shorter = Math.min(x.text().length(), y.text().length());
        if (sameSkeleton && skeletonTrusted(x, y, shorter)) {
            s = Math.max(s, consonantScore(x.skeleton()));
        } else if (sameLoose && (shorter >= 5 || (shorter == 4 && x.text().charAt(0) == y.text().charAt(0)))) {
            s = Math.max(s, LOOSE_CONSONANTS);
        }
        return s;
    }

    private static boolean soundAlikeOverall(NameToken x, NameToken y) {
        if (x.consonantal() || y.consonantal()) {
            return true;
        }
        int longer = Math.max(x.phonetic().length(), y.phonetic().length());
        return 1f - (float) distance(x.phonetic(), y.phonetic()) / longer >= SKELETON_MIN_LIKENESS;
    }

    /**
     * Edit similarity when the words are within the typos their length allows (none up to four letters,
     * one up to seven, two up to eleven, three beyond); 0 otherwise.
     */
    static float spelling(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int allowed = longer <= 4 ? 0 : longer <= 7 ? 1 : longer <= 11 ? 2 : 3;
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return 0f;
        }
        int edits = distance(a, b);
        return edits <= allowed ? 1f - (float) edits / longer : 0f;
    }

    /**
     * Same consonants mean the same name when the words are long enough for vowels to be only spelling
     * (Mohammed, Laden/Ladin); in short words the vowels are the name (Korean Hak/Hyok, Chinese Wang/Wong),
     * except a four-letter word of two consonants with the same first letter whose vowels were only left out,
     * not changed (Said/Saeed, but not John/Jane). A word written in
     * Arabic script has no short vowels to compare, so its consonants are all there is.
     */
    private static boolean skeletonTrusted(NameToken x, NameToken y, int shorter) {
        if (shorter >= 5 || x.consonantal() || y.consonantal()) {
            return true;
        }
        return shorter == 4 && x.skeleton().length() == 2 && x.text().charAt(0) == y.text().charAt(0)
                && (isSubsequence(x.phonetic(), y.phonetic()) || isSubsequence(y.phonetic(), x.phonetic()));
    }

    /** Whether {@code a} is {@code b} with letters left out (vowels dropped, not changed). */
    private static boolean isSubsequence(String a, String b) {
        int i = 0;
        for (int j = 0; j < b.length() && i < a.length(); j++) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
            }
        }
        return i == a.length();
    }

    /** 0.82 for a two-consonant skeleton up to 0.90 for five or more. */
    private static float consonantScore(String skeleton) {
        return Math.min(0.90f, 0.78f + 0.02f * skeleton.length());
    }

    private static float withoutArticle(NameToken x, NameToken y) {
        String t = x.text();
        if (t.length() > 5 && (t.startsWith("al") || t.startsWith("el")) && !y.text().startsWith(t.substring(0, 2))) {
            return 0.95f * core(NameToken.of(t.substring(2), x.weight()), y, true);
        }
        return 0f;
    }

    /** Whether {@code a} and {@code b} are at most one edit apart (insert, delete, substitute, transpose); O(n). */
    static boolean withinOneEdit(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n && i == m) {
            return true;
        }
        if (n == m) {
            return regionEquals(a, i + 1, b, i + 1, n - i - 1) || (i + 1 < n && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i) && regionEquals(a, i + 2, b, i + 2, n - i - 2));
        }
        return n > m ? regionEquals(a, i + 1, b, i, m - i) : regionEquals(a, i, b, i + 1, n - i);
    }

    private static boolean regionEquals(CharSequence a, int from, CharSequence b, int bFrom, int length) {
        for (int k = 0; k < length; k++) {
            if (a.charAt(from + k) != b.charAt(bFrom + k)) {
                return false;
            }
        }
        return true;
    }

    /** Optimal string alignment distance (a transposed pair of letters is one edit). */
    static int distance(String a, String b) {
        int n = Math.min(a.length(), MAX_LEN);
        int m = Math.min(b.length(), MAX_LEN);
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
