package io.usdtcustody.screening.name;

import java.util.List;

/**
 * A name read into the words it is compared by ({@link NamePreparer#words}), before weights are known: what
 * a list is learned from and then prepared from, so each listed name is read once.
 */
public record NameWords(String original, Schema effectiveSchema, List<String> words, List<Boolean> consonantal,
        List<String> ignored) {

    public NameWords {
        words = List.copyOf(words);
        consonantal = List.copyOf(consonantal);
        ignored = List.copyOf(ignored);
        if (words.size() != consonantal.size()) {
            throw new IllegalArgumentException("one consonantal flag per word");
        }
    }
}
