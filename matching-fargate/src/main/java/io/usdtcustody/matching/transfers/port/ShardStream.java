package io.usdtcustody.matching.transfers.port;

import java.util.List;
import java.util.Optional;

/** A sharded stream read shard by shard from a position: Kinesis in the service, a list in tests. */
public interface ShardStream {

    /** The shards to read. */
    List<String> shards();

    /**
     * Up to {@code limit} records of {@code shardId} after the record {@code after} (from the oldest retained
     * record when empty), oldest first; an empty list when there are none yet.
     */
    List<StreamRecord> read(String shardId, Optional<String> after, int limit);

    /** One record: its sequence number within the shard and its bytes. */
    record StreamRecord(String sequenceNumber, byte[] data) {
    }
}
