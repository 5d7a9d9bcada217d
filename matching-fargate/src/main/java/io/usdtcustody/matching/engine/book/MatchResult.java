package io.usdtcustody.matching.engine.book;

/** A reusable holder for the result of one {@link OrderBook#place} call (so placing allocates nothing). */
public final class MatchResult {
    public MatchOutcome outcome;
    /** Quantity filled by this call. */
    public long filled;
    /** Quantity left: resting when the outcome is RESTED, dropped otherwise. */
    public long remaining;

    public void set(MatchOutcome outcome, long filled, long remaining) {
        this.outcome = outcome;
        this.filled = filled;
        this.remaining = remaining;
    }
}
