package io.usdtcustody.matching.events;

import java.util.List;

/**
 * Where batches of events go: a Kinesis stream in production ({@link KinesisEventStreamSink}). One call is one
 * batch of at most {@value #MAX_BATCH} records.
 */
public interface EventStreamSink {
    int MAX_BATCH = 500;

    /** One record: the partition key orders records per key; the data is the event envelope's JSON. */
    record Entry(String partitionKey, byte[] data) {
    }

    /**
     * Sends the batch to {@code stream}; returns, per entry and in order, whether it was stored. Throws when the
     * whole call failed.
     */
    boolean[] put(String stream, List<Entry> batch);
}
