package io.usdtcustody.custody.trading.port;

import java.util.Optional;

/**
 * Where a stream consumer has got to on each shard: the sequence number of the last record it finished. A
 * consumer resumes after it, so a record is handled at least once; handling is idempotent, so at least once is
 * enough.
 */
public interface StreamPositions {

    /** The last finished sequence number on the shard, or empty when the consumer never finished one. */
    Optional<String> lastFinished(String stream, String shardId);

    /** Records that every record on the shard up to and including {@code sequenceNumber} is finished. */
    void finish(String stream, String shardId, String sequenceNumber);

    /**
     * Keeps a record that no redelivery can make acceptable (malformed, or a transfer id booked with other
     * values) for an operator, so the shard moves on; {@code reason} is an error code, never the payload.
     */
    void park(String stream, String shardId, String sequenceNumber, String reason);
}
