package io.usdtcustody.screening.name;

/**
 * The keys a name is found by in a list index, so a screen compares a query with the few listed names that
 * could match instead of every name. Built from the same keys the comparison forgives with, so blocking
 * loses nothing the scorer would have found: per word (and per two adjacent words written together) the word
 * itself, its consonant skeleton, the skeleton with any one consonant deleted (a typo or a missing letter, matched the
 * SymSpell way: deletions on both sides meet), the loose skeleton (h/k/c as one), the skeleton without an
 * attached Arabic article, and, for words too short to have a skeleton, the phonetic key. Each key carries a
 * strength: how much a shared key suggests a real match.
 */
public final class BlockingKeys {
    /** Strength of the same word, spelled the same: ranks exact spellings above sound-alikes. */
    public static final float SAME_WORD = 1.25f;
    /** Strength of a shared full skeleton. */
    public static final float EXACT = 1.0f;
    /** Strength of keys one consonant apart. */
    public static final float DELETION = 0.6f;
    /** Strength of a shared loose skeleton or article-less skeleton. */
    public static final float LOOSE = 0.8f;
    private static final int MIN_DELETION_SKELETON = 4;

    /** Receives keys: {@code slot} is the word (0..n-1) or adjacent pair (n..) the key belongs to. */
    @FunctionalInterface
    public interface Sink {
        void accept(int slot, String key, float strength);
    }

    private BlockingKeys() {
    }

    /** How many slots {@link #of} uses for {@code name}: its words, then its adjacent pairs. */
    public static int slots(PreparedName name) {
        return name.tokens().length + name.adjacentPairs().length;
    }

    public static void of(PreparedName name, Sink sink) {
        NameToken[] tokens = name.tokens();
        for (int i = 0; i < tokens.length; i++) {
            word(tokens[i], i, sink);
        }
        NameToken[] pairs = name.adjacentPairs();
        for (int i = 0; i < pairs.length; i++) {
            word(pairs[i], tokens.length + i, sink);
        }
    }

    private static void word(NameToken token, int slot, Sink sink) {
        if (token.initial()) {
            return;
        }
        sink.accept(slot, "t:" + token.text(), SAME_WORD);
        String skeleton = token.skeleton();
        if (skeleton.length() < 2 || token.hasDigit()) {
            sink.accept(slot, "w:" + token.phonetic(), EXACT);
            return;
        }
        sink.accept(slot, "k:" + skeleton, EXACT);
        if (skeleton.length() >= MIN_DELETION_SKELETON) {
            for (int d = 0; d < skeleton.length(); d++) {
                sink.accept(slot, "k:" + skeleton.substring(0, d) + skeleton.substring(d + 1), DELETION);
            }
        }
        if (!token.looseSkeleton().equals(skeleton)) {
            sink.accept(slot, "k:" + token.looseSkeleton(), LOOSE);
        }
        String text = token.text();
        if (text.length() > 5 && (text.startsWith("al") || text.startsWith("el"))) {
            String rest = Phonetics.skeleton(Phonetics.phonetic(text.substring(2)));
            if (rest.length() >= 2) {
                sink.accept(slot, "k:" + rest, LOOSE);
            }
        }
    }
}
