package io.usdtcustody.matching.transfers.port;

import java.util.Optional;

/**
 * How far a consumer has got on each shard: the last record whose effect is durable. Saved only after that, so a
 * crash re-reads from the last saved position and never skips a record.
 */
public interface ShardPositions {

    Optional<String> lastFinished(String shardId);

    void finish(String shardId, String sequenceNumber);
}
