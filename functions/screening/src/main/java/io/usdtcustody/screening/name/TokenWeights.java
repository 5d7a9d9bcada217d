package io.usdtcustody.screening.name;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a word says about who someone is, learned from how often its sound-alike key occurs among a
 * list's names (inverse document frequency): {@code muhammad}, {@code ali}, {@code trading} or {@code bank}
 * occur in hundreds of names and weigh little; a rare surname weighs a lot. Counting by the
 * {@link Phonetics#skeleton skeleton} makes every spelling and most typos of a word share one weight.
 * Words never seen weigh the most. Immutable.
 */
public final class TokenWeights {
    /** Weights for when no list is at hand: every word counts the same. */
    public static final TokenWeights UNIFORM = new TokenWeights(Map.of(), 1);

    private static final float FLOOR = 0.25f;
    private final Map<String, Integer> documentFrequency;
    private final int documents;
    private final float maxIdf;

    private TokenWeights(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.maxIdf = (float) Math.log(documents + 1.0);
    }

    /** Learns the weights from {@code names} (each a sequence of normalised words). */
    public static TokenWeights learn(Iterable<? extends Iterable<String>> names) {
        Map<String, Integer> df = new HashMap<>();
        int documents = 0;
        for (Iterable<String> name : names) {
            documents++;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String word : name) {
                if (seen.add(key(word))) {
                    df.merge(key(word), 1, Integer::sum);
                }
            }
        }
        return new TokenWeights(Map.copyOf(df), Math.max(documents, 1));
    }

    /** A weight in (0, 1]: 1 for a word never seen, less the more common it is. */
    public float weight(String word) {
        if (maxIdf <= 0) {
            return 1f;
        }
        int df = documentFrequency.getOrDefault(key(word), 0);
        float idf = (float) Math.log((documents + 1.0) / (df + 1.0));
        return FLOOR + (1 - FLOOR) * idf / maxIdf;
    }

    /** How often the word's key occurs (for tests and diagnostics). */
    public int frequency(String word) {
        return documentFrequency.getOrDefault(key(word), 0);
    }

    static String key(String word) {
        String skeleton = Phonetics.skeleton(Phonetics.phonetic(word));
        return skeleton.length() >= 2 ? skeleton : "=" + word;
    }
}
