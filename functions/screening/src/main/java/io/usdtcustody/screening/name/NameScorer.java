package io.usdtcustody.screening.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores two prepared names. Words are paired one to one, best pairs first, by {@link TokenSimilarity}
 * (so word order never matters); then initials are paired with words they can stand for (people only) and a
 * leftover word with two adjacent words written together. The score is the weighted share of both names that
 * found a counterpart, each pair counted at its similarity:
 * <pre>  score = (Σ w·sim over paired words of both names) / (Σ w of paired words + λ · Σ w of unpaired words)</pre>
 * With λ = 1 every unpaired word counts fully (companies: {@code ROSNEFT} is not {@code ROSNEFT TRADING}).
 * For people, when one name is wholly covered by the other, the other's extra words (a patronymic, a second
 * given name) count for less. A one-word name against a longer one gets no such leniency. When both names
 * keep unpaired words and differ in word count, the names written without spaces are compared as well
 * ({@code BELKAPSTEEL} / {@code BEL-KAP-STEEL}).
 * Thread-safe, allocation-light; {@link #compare} adds the explanation.
 */
public final class NameScorer {
    /** λ for a person's extra words when the other name is fully covered. */
    static final float PERSON_EXTRA_WORDS = 0.5f;
    /** λ for extra words when nobody said whether the names are people or companies. */
    static final float UNKNOWN_EXTRA_WORDS = 0.75f;
    private static final float JOINED_FLOOR = 0.80f;
    /** Whole names written together must be this alike to count ({@code BELKAPSTEEL} / {@code BEL-KAP-STEEL}). */
    private static final float JOINED_NAME = 0.88f;
    static final float ORGANISATION_EXTRA_WORD = 0.6f;
    static final float IDENTIFIER_WORD = 1.5f;
    private static final java.util.regex.Pattern ROMAN_NUMERAL =
            java.util.regex.Pattern.compile("i{2,3}|iv|vi{0,3}|ix|xi{0,3}");
    private static final float JOINED_DISCOUNT = 0.98f;
    private static final int WORD = 0;
    private static final int WORD_JOINED = 1;
    private static final int JOINED_WORD = 2;

    /** The score alone (screening hot path). */
    public double score(PreparedName a, PreparedName b, Schema schema) {
        return align(a, b, schema, null);
    }

    /** The score with the word pairs behind it. */
    public NameComparison compare(PreparedName a, PreparedName b, Schema schema) {
        List<TokenMatch> matches = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        double score = align(a, b, schema, new Object[] {matches, onlyA, onlyB});
        List<String> ignored = new ArrayList<>(a.ignored());
        b.ignored().stream().filter(w -> !ignored.contains(w)).forEach(ignored::add);
        return new NameComparison(score, matches, onlyA, onlyB, ignored, "");
    }

    @SuppressWarnings("unchecked")
    private double align(PreparedName a, PreparedName b, Schema schema, Object[] explain) {
        NameToken[] ta = a.tokens();
        NameToken[] tb = b.tokens();
        int n = ta.length;
        int m = tb.length;
        if (n == 0 || m == 0) {
            return 0;
        }
        float[] simA = new float[n];
        float[] simB = new float[m];
        int[] pairA = new int[n];
        int[] pairB = new int[m];
        Arrays.fill(pairA, -1);
        Arrays.fill(pairB, -1);
        List<TokenMatch> matches = explain == null ? null : (List<TokenMatch>) explain[0];

        schema = effective(schema, a, b);
        pairWords(a, b, simA, simB, pairA, pairB, matches);
        boolean people = schema == Schema.PERSON || schema == Schema.ANY;
        if (people) {
            pairInitials(ta, tb, simA, simB, pairA, pairB, matches, false);
            pairInitials(tb, ta, simB, simA, pairB, pairA, matches, true);
        }

        boolean organisation = schema.isLegalEntityLike();
        float pairedA = 0, scoreA = 0, unpairedA = 0, pairedB = 0, scoreB = 0, unpairedB = 0;
        for (int i = 0; i < n; i++) {
            if (pairA[i] >= 0) {
                pairedA += ta[i].weight();
                scoreA += ta[i].weight() * simA[i];
            } else {
                unpairedA += unpairedWeight(ta[i], organisation);
            }
        }
        for (int j = 0; j < m; j++) {
            if (pairB[j] >= 0) {
                pairedB += tb[j].weight();
                scoreB += tb[j].weight() * simB[j];
            } else {
                unpairedB += unpairedWeight(tb[j], organisation);
            }
        }
        if (explain != null) {
            for (int i = 0; i < n; i++) {
                if (pairA[i] < 0) {
                    ((List<String>) explain[1]).add(ta[i].text());
                }
            }
            for (int j = 0; j < m; j++) {
                if (pairB[j] < 0) {
                    ((List<String>) explain[2]).add(tb[j].text());
                }
            }
        }
        float lambdaA = 1f;
        float lambdaB = 1f;
        if (schema == Schema.PERSON || schema == Schema.ANY) {
            float lenient = schema == Schema.PERSON ? PERSON_EXTRA_WORDS : UNKNOWN_EXTRA_WORDS;
            if (Math.min(n, m) >= 2 || n == m) {
                if (unpairedB == 0) {
                    lambdaA = lenient;
                }
                if (unpairedA == 0) {
                    lambdaB = lenient;
                }
            }
        }
        double score = pairedA == 0 || pairedB == 0 ? 0
                : (scoreA + scoreB) / (pairedA + pairedB + lambdaA * unpairedA + lambdaB * unpairedB);
        if (score < JOINED_NAME && n != m && unpairedA > 0 && unpairedB > 0) {
            float joined = TokenSimilarity.spelling(a.joinedPhonetic(), b.joinedPhonetic());
            if (joined >= JOINED_NAME) {
                score = Math.max(score, JOINED_DISCOUNT * joined);
                if (explain != null) {
                    matches.clear();
                    matches.add(new TokenMatch(String.join(" ", a.words()), String.join(" ", b.words()),
                            MatchKind.JOINED, joined));
                    ((List<String>) explain[1]).clear();
                    ((List<String>) explain[2]).clear();
                }
            }
        }
        return Math.min(1.0, Math.max(0.0, score));
    }

    /** A name of unknown schema with a legal form makes the comparison an organisations' one. */
    private static Schema effective(Schema schema, PreparedName a, PreparedName b) {
        if (schema != Schema.ANY) {
            return schema;
        }
        return a.schema() != Schema.ANY ? a.schema() : b.schema();
    }

    /**
     * What an unpaired word costs: its weight; for organisations at least {@link #ORGANISATION_EXTRA_WORD}
     * (a common word like {@code trading} still makes another company), and a number or roman numeral the
     * most of all ({@code RIM GROUP II} is not {@code RIM GROUP III}).
     */
    private static float unpairedWeight(NameToken token, boolean organisation) {
        if (!organisation) {
            return token.weight();
        }
        if (token.hasDigit() || ROMAN_NUMERAL.matcher(token.text()).matches()) {
            return IDENTIFIER_WORD;
        }
        return Math.max(token.weight(), ORGANISATION_EXTRA_WORD);
    }

    /**
     * One-to-one pairing, most similar pairs first: word with word, and a word with two adjacent words of the
     * other name written together (a joined pair competes with the single words, so {@code abubakar} takes
     * {@code abu bakr} rather than {@code bakr} alone).
     */
    private static void pairWords(PreparedName a, PreparedName b, float[] simA, float[] simB, int[] pairA,
            int[] pairB, List<TokenMatch> matches) {
        NameToken[] ta = a.tokens();
        NameToken[] tb = b.tokens();
        NameToken[] joinedA = a.adjacentPairs();
        NameToken[] joinedB = b.adjacentPairs();
        int n = ta.length;
        int m = tb.length;
        long[] candidates = new long[n * m + n * joinedB.length + joinedA.length * m];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                count = offer(candidates, count, TokenSimilarity.of(ta[i], tb[j]), WORD, i, j);
            }
            if (!ta[i].initial()) {
                for (int j = 0; j < joinedB.length; j++) {
                    count = offer(candidates, count, joined(ta[i], joinedB[j]), WORD_JOINED, i, j);
                }
            }
        }
        for (int i = 0; i < joinedA.length; i++) {
            for (int j = 0; j < m; j++) {
                if (!tb[j].initial()) {
                    count = offer(candidates, count, joined(tb[j], joinedA[i]), JOINED_WORD, i, j);
                }
            }
        }
        Arrays.sort(candidates, 0, count);
        for (int k = count - 1; k >= 0; k--) {
            long c = candidates[k];
            float s = Float.intBitsToFloat((int) (c >>> 32));
            int type = 3 - (int) ((c >>> 28) & 0xF);
            int i = (int) ((c >>> 14) & 0x3FFF);
            int j = (int) (c & 0x3FFF);
            int lastA = type == JOINED_WORD ? i + 1 : i;
            int lastB = type == WORD_JOINED ? j + 1 : j;
            if (!free(pairA, i, lastA) || !free(pairB, j, lastB)) {
                continue;
            }
            for (int x = i; x <= lastA; x++) {
                pairA[x] = j;
                simA[x] = s;
            }
            for (int y = j; y <= lastB; y++) {
                pairB[y] = i;
                simB[y] = s;
            }
            if (matches != null) {
                String left = type == JOINED_WORD ? ta[i].text() + " " + ta[i + 1].text() : ta[i].text();
                String right = type == WORD_JOINED ? tb[j].text() + " " + tb[j + 1].text() : tb[j].text();
                MatchKind kind = type == WORD ? TokenSimilarity.kind(ta[i], tb[j], s) : MatchKind.JOINED;
                matches.add(new TokenMatch(left, right, kind, s));
            }
        }
    }

    private static float joined(NameToken word, NameToken joinedPair) {
        float s = TokenSimilarity.spellingOnly(word, joinedPair);
        return s >= JOINED_FLOOR ? s * JOINED_DISCOUNT : 0f;
    }

    private static int offer(long[] candidates, int count, float s, int type, int i, int j) {
        if (s <= 0) {
            return count;
        }
        // positive float bits sort like the float; on a tie whole-word pairs go first
        candidates[count] = ((long) Float.floatToIntBits(s) << 32) | ((long) (3 - type) << 28) | ((long) i << 14) | j;
        return count + 1;
    }

    private static boolean free(int[] pairs, int from, int to) {
        for (int x = from; x <= to; x++) {
            if (pairs[x] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Unpaired initials of {@code x} with unpaired words of {@code y} they can stand for, in order. */
    private static void pairInitials(NameToken[] x, NameToken[] y, float[] simX, float[] simY, int[] pairX,
            int[] pairY, List<TokenMatch> matches, boolean swapped) {
        for (int i = 0; i < x.length; i++) {
            if (pairX[i] >= 0 || !x[i].initial()) {
                continue;
            }
            for (int j = 0; j < y.length; j++) {
                if (pairY[j] < 0 && !y[j].initial() && TokenSimilarity.initial(x[i], y[j]) > 0) {
                    pairX[i] = j;
                    pairY[j] = i;
                    simX[i] = TokenSimilarity.INITIAL;
                    simY[j] = TokenSimilarity.INITIAL;
                    if (matches != null) {
                        matches.add(swapped ? new TokenMatch(y[j].text(), x[i].text(), MatchKind.INITIAL, TokenSimilarity.INITIAL)
                                : new TokenMatch(x[i].text(), y[j].text(), MatchKind.INITIAL, TokenSimilarity.INITIAL));
                    }
                    break;
                }
            }
        }
    }
}
