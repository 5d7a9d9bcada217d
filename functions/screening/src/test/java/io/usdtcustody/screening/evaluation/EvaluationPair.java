package io.usdtcustody.screening.evaluation;

/**
 * One labelled pair of the evaluation set: two names, the schema to compare them under ({@code Person},
 * {@code Company}, {@code Organization} or empty), whether they are the same name, how the pair was made,
 * and whether it belongs to the half used to choose the threshold ({@code tune}) or the half that only
 * measures ({@code test}). The split is by list entry (the smaller id for a pair of two entries), so an
 * entry's aliases and variants all fall in one half.
 */
record EvaluationPair(String name1, String name2, String schema, boolean match, String category, String split) {
    static final String HEADER = "name1,name2,schema,expected,category,split";

    String expected() {
        return match ? "match" : "no-match";
    }
}
