package io.usdtcustody.matching.journal;

import java.nio.ByteBuffer;

/**
 * Where the engine thread hands each command before it acts on it: the port the matching engine depends on
 * instead of on {@link Journal} itself, so that a benchmark can run with the journal off and a test can
 * look at what was written.
 *
 * <p>The contract is the journal's: one producer thread; {@link #append} never blocks and returns either the
 * sequence it assigned or a negative rejection code; an acknowledgement that depends on the record waits
 * until {@link #durableSequence()} reaches that sequence.
 */
public interface RecordSink {

    /** The record was not taken because the bounded append buffer is full; retry later or shed load. */
    long REJECTED_FULL = -1;
    /** The record was not taken because the sink is closed or has failed; it takes nothing more. */
    long REJECTED_CLOSED = -2;

    /**
     * Takes a copy of the remaining bytes of {@code record} (its position is left as it was) and returns the
     * sequence assigned to it, or {@link #REJECTED_FULL} / {@link #REJECTED_CLOSED}.
     */
    long append(ByteBuffer record);

    /** The highest sequence that is durable; every lower sequence is durable too. */
    long durableSequence();

    /** Whether a value returned by {@link #append} is a sequence rather than a rejection code. */
    static boolean accepted(long appendResult) {
        return appendResult > 0;
    }
}
