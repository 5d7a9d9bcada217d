package io.usdtcustody.custody.events;

import io.usdtcustody.model.catalogue.StreamSpec;
import io.usdtcustody.model.events.EventEnvelope;
import java.util.Objects;

/** An event bound for a stream, with the partition key that keeps one account's events in order. */
public record OutboxEvent(StreamSpec stream, String partitionKey, EventEnvelope envelope) {
    public OutboxEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(envelope, "envelope");
        if (partitionKey == null || partitionKey.isEmpty() || partitionKey.length() > 256) {
            throw new IllegalArgumentException("a partition key is 1-256 characters");
        }
    }
}
