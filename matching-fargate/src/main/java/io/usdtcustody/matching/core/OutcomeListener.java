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

    /**
     * Told, at start-up and before any {@link #onDurable}, about each outcome recovery replayed from the journal
     * (snapshot + tail): acknowledged before the restart, so nothing is to be acted on again; a view such as
     * recent trades may rebuild itself from them. Ignored unless overridden.
     */
    default void onRecovered(CommandOutcome outcome) {
    }
}
