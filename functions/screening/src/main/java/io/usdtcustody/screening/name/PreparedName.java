package io.usdtcustody.screening.name;

import java.util.List;

/**
 * A name made ready for comparison once, so that screening against a list compares prepared names only: its
 * tokens (legal forms and articles removed, Arabic compounds split the same way whatever the spelling), the
 * joined form of every two adjacent tokens ({@code abu bakr} ↔ {@code abubakar}), and their weights.
 */
public final class PreparedName {
    private final String original;
    private final Schema schema;
    private final NameToken[] tokens;
    private final NameToken[] adjacentPairs;
    private final List<String> ignored;
    private final float totalWeight;
    private final String joinedPhonetic;

    PreparedName(String original, Schema schema, NameToken[] tokens, NameToken[] adjacentPairs, List<String> ignored) {
        this.original = original;
        this.schema = schema;
        this.tokens = tokens;
        this.adjacentPairs = adjacentPairs;
        this.ignored = List.copyOf(ignored);
        float total = 0;
        for (NameToken t : tokens) {
            total += t.weight();
        }
        this.totalWeight = total;
        StringBuilder joined = new StringBuilder();
        for (NameToken t : tokens) {
            joined.append(t.text());
        }
        this.joinedPhonetic = Phonetics.phonetic(joined.toString());
    }

    /** The name as given. */
    public String original() {
        return original;
    }

    /**
     * The schema the name was prepared for; a name of unknown schema that carries a legal form is read as an
     * organisation's.
     */
    public Schema schema() {
        return schema;
    }

    /** The normalised words, in order (for display and tests). */
    public List<String> words() {
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = tokens[i].text();
        }
        return List.of(words);
    }

    /** Words that were removed as noise (legal forms, "the"). */
    public List<String> ignored() {
        return ignored;
    }

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    NameToken[] tokens() {
        return tokens;
    }

    /** {@code adjacentPairs()[i]} is tokens i and i+1 written together. */
    NameToken[] adjacentPairs() {
        return adjacentPairs;
    }

    /** All words written together, as a phonetic key ({@code BEL-KAP-STEEL} ↔ {@code BELKAPSTEEL}). */
    String joinedPhonetic() {
        return joinedPhonetic;
    }

    float totalWeight() {
        return totalWeight;
    }

    @Override
    public String toString() {
        return "PreparedName" + words();
    }
}
