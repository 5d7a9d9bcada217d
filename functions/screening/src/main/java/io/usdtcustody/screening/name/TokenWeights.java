package io.usdtcustody.screening.name;

import io.usdtcustody.screening.image.ImageReader;
import io.usdtcustody.screening.image.ImageWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a word says about who someone is, learned from how often its sound-alike key occurs among a
 * list's names (inverse document frequency): {@code muhammad}, {@code ali}, {@code trading} or {@code bank}
 * occur in hundreds of names and weigh little; a rare surname weighs a lot. Counting by the
 * {@link Phonetics#skeleton skeleton} makes every spelling and most typos of a word share one weight.
 * Words never seen weigh the most. Immutable; a prebuilt screen image carries them ({@link #writeTo}).
 */
public final class TokenWeights {
    /** Weights for when no list is at hand: every word counts the same. */
    public static final TokenWeights UNIFORM = new TokenWeights(KeyTable.EMPTY, new int[0], 1);

    private static final float FLOOR = 0.25f;
    private final KeyTable keys;
    private final int[] documentFrequency;
    private final int documents;
    private final float maxIdf;

    private TokenWeights(KeyTable keys, int[] documentFrequency, int documents) {
        this.keys = keys;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.maxIdf = (float) Math.log(documents + 1.0);
    }

    /** Learns the weights from {@code names} (each a sequence of normalised words). */
    public static TokenWeights learn(Iterable<? extends Iterable<String>> names) {
        Map<String, Integer> df = new LinkedHashMap<>();
        int documents = 0;
        for (Iterable<String> name : names) {
            documents++;
            Set<String> seen = new HashSet<>();
            for (String word : name) {
                if (seen.add(key(word))) {
                    df.merge(key(word), 1, Integer::sum);
                }
            }
        }
        List<String> keys = new ArrayList<>(df.keySet());
        return new TokenWeights(KeyTable.of(keys), df.values().stream().mapToInt(Integer::intValue).toArray(),
                Math.max(documents, 1));
    }

    /** Writes the learned frequencies, for {@link #readFrom}. */
    public void writeTo(ImageWriter out) {
        out.writeVarint(documents);
        out.writeVarint(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            out.writeString(keys.key(k));
            out.writeVarint(documentFrequency[k]);
        }
    }

    /** The weights {@link #writeTo} wrote: the same weight for every word. */
    public static TokenWeights readFrom(ImageReader in) {
        int documents = in.readVarint();
        int size = in.readVarint();
        List<String> keys = new ArrayList<>(size);
        int[] frequency = new int[size];
        for (int k = 0; k < size; k++) {
            keys.add(in.readString());
            frequency[k] = in.readVarint();
        }
        return new TokenWeights(KeyTable.of(keys), frequency, documents);
    }

    /** A weight in (0, 1]: 1 for a word never seen, less the more common it is. */
    public float weight(String word) {
        if (maxIdf <= 0) {
            return 1f;
        }
        int df = frequency(word);
        float idf = (float) Math.log((documents + 1.0) / (df + 1.0));
        return FLOOR + (1 - FLOOR) * idf / maxIdf;
    }

    /** How often the word's key occurs (for tests and diagnostics). */
    public int frequency(String word) {
        int k = keys.indexOf(key(word));
        return k < 0 ? 0 : documentFrequency[k];
    }

    static String key(String word) {
        String skeleton = Phonetics.skeleton(Phonetics.phonetic(word));
        return skeleton.length() >= 2 ? skeleton : "=" + word;
    }
}
