package io.usdtcustody.matching.journal;

/**
 * Told when the durable watermark advances, so a service can release the acknowledgements it held back
 * (an order is acknowledged only once the record that accepted it is durable).
 *
 * <p>Called on the journal's committer thread, once per group-commit batch, with strictly increasing
 * values. It must return quickly and never block: while it runs, nothing else is written or forced. It
 * must not throw either: an exception stops the journal as an I/O error would.
 */
@FunctionalInterface
public interface DurabilityListener {

    /** Every record with a sequence {@code <= durableSequence} is now durable in the journal's {@link Durability}. */
    void onDurable(long durableSequence);

    /** A listener for callers that poll {@link Journal#durableSequence()} instead. */
    static DurabilityListener none() {
        return durableSequence -> { };
    }
}
