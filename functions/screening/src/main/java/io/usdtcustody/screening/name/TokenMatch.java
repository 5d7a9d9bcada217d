package io.usdtcustody.screening.name;

/** Two words of two names that were paired, how, and how alike they are (for explanations). */
public record TokenMatch(String left, String right, MatchKind kind, double similarity) {

    @Override
    public String toString() {
        String sign = kind == MatchKind.EXACT ? "=" : "~";
        return left + " " + sign + " " + right + " (" + kind.description()
                + (kind == MatchKind.EXACT ? "" : String.format(java.util.Locale.ROOT, " %.2f", similarity)) + ")";
    }
}
