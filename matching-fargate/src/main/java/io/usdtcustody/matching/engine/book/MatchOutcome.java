package io.usdtcustody.matching.engine.book;

/** What became of an incoming order once a book has processed it. */
public enum MatchOutcome {
    /** Filled completely. */
    FILLED,
    /** Its remainder now rests in the book (GTC). */
    RESTED,
    /** IOC or MARKET: the remainder was dropped. */
    IMMEDIATE_REMAINDER_DROPPED,
    /** FOK that could not fill completely: nothing traded. */
    FILL_OR_KILL_KILLED,
    /** Post-only that would have crossed: nothing traded, nothing rested. */
    POST_ONLY_KILLED,
    /** Self-trade prevention dropped the remainder. */
    SELF_TRADE_DROPPED
}
