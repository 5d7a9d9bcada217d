package io.usdtcustody.screening.name;

/**
 * Decides whether two names are the same name: the pairwise entry point (the {@code screen names} command,
 * and anything comparing a customer's name with one other name). Prepares both names with one
 * {@link NamePreparer} (word weights learned from the sanctions list) and scores them with
 * {@link NameScorer}; a score at or above {@link #DEFAULT_THRESHOLD} is a match. Thread-safe.
 */
public final class NameMatcher {
    /**
     * The default decision threshold: the one that maximises F1 on the tuning half of the labelled evaluation
     * set built from the OFAC list ({@code src/test/resources/evaluation/}); F1 is flat within ±0.03 of it,
     * and the test half, never used to choose it, scores the same (see README, "Sanctions screening").
     */
    public static final double DEFAULT_THRESHOLD = 0.72;

    private final NamePreparer preparer;
    private final NameScorer scorer = new NameScorer();
    private final double threshold;

    public NameMatcher(TokenWeights weights) {
        this(weights, DEFAULT_THRESHOLD);
    }

    public NameMatcher(TokenWeights weights, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a threshold lies in (0, 1]");
        }
        this.preparer = new NamePreparer(weights);
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public NamePreparer preparer() {
        return preparer;
    }

    /** Compares two names of the given schema ({@link Schema#ANY} when unknown), with the explanation. */
    public NameComparison compare(String first, String second, Schema schema) {
        return scorer.compare(preparer.prepare(first, schema), preparer.prepare(second, schema), schema);
    }

    /** The score alone. */
    public double score(String first, String second, Schema schema) {
        return scorer.score(preparer.prepare(first, schema), preparer.prepare(second, schema), schema);
    }

    /** Whether a score is a match at this matcher's threshold. */
    public boolean isMatch(double score) {
        return score >= threshold;
    }
}
