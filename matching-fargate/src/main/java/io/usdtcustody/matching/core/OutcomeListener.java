package io.usdtcustody.matching.core;

/**
 * Told about every command's outcome once it is durable, in sequence order, on the acknowledging thread (never
 * the matching thread): where market data and event publishing hook in. It must not block for long, since
 * acknowledgements wait behind it; a publisher hands outcomes to its own bounded queue.
 */
@FunctionalInterface
public interface OutcomeListener {

    /** Ignores everything. */
    OutcomeListener NONE = outcome -> { };

    void onDurable(CommandOutcome outcome);
}
