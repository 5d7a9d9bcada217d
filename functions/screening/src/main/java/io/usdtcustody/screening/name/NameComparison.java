package io.usdtcustody.screening.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of comparing two names: a score in [0, 1], the word pairs behind it, the words of each name
 * that found no counterpart, and the words both ignored as noise. {@link #explanation()} says it in one line
 * for a reviewer.
 */
public record NameComparison(double score, List<TokenMatch> matches, List<String> unmatchedLeft,
        List<String> unmatchedRight, List<String> ignored, String note) {

    public NameComparison {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a name score lies in [0, 1]");
        }
        matches = List.copyOf(matches);
        unmatchedLeft = List.copyOf(unmatchedLeft);
        unmatchedRight = List.copyOf(unmatchedRight);
        ignored = List.copyOf(ignored);
        note = note == null ? "" : note;
    }

    /** For example {@code muhammad ~ mohammed (same sounds 0.95); yusuf = yusuf (same word); only in left: ali}. */
    public String explanation() {
        List<String> parts = new ArrayList<>();
        if (!note.isEmpty()) {
            parts.add(note);
        }
        matches.forEach(m -> parts.add(m.toString()));
        if (!unmatchedLeft.isEmpty()) {
            parts.add("only in first name: " + String.join(" ", unmatchedLeft));
        }
        if (!unmatchedRight.isEmpty()) {
            parts.add("only in second name: " + String.join(" ", unmatchedRight));
        }
        if (!ignored.isEmpty()) {
            parts.add("ignored: " + String.join(", ", ignored));
        }
        if (parts.isEmpty()) {
            parts.add("no words in common");
        }
        return String.format(Locale.ROOT, "score %.2f: ", score) + String.join("; ", parts);
    }
}
