package io.usdtcustody.matching.transfers.adapter;

import io.usdtcustody.matching.transfers.port.ShardStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * A Kinesis stream read by shard iterators. The next iterator of each read is kept for the next read that
 * continues from where this one ended; any other position (a restart, a retry after a failure) asks Kinesis for
 * a fresh iterator after that sequence number.
 */
public final class KinesisShardStream implements ShardStream {
    private final KinesisClient kinesis;
    private final String streamName;
    private final Map<String, Continuation> continuations = new HashMap<>();

    public KinesisShardStream(KinesisClient kinesis, String streamName) {
        this.kinesis = kinesis;
        this.streamName = streamName;
    }

    /** Where the last read of a shard ended and the iterator that continues from there. */
    private record Continuation(Optional<String> after, String iterator) {
    }

    @Override
    public List<String> shards() {
        return kinesis.listShards(r -> r.streamName(streamName)).shards().stream().map(Shard::shardId).toList();
    }

    @Override
    public synchronized List<StreamRecord> read(String shardId, Optional<String> after, int limit) {
        Continuation known = continuations.get(shardId);
        String iterator = known != null && known.after().equals(after) ? known.iterator() : iterator(shardId, after);
        GetRecordsResponse response;
        try {
            response = kinesis.getRecords(r -> r.shardIterator(iterator).limit(limit));
        } catch (ExpiredIteratorException e) {
            continuations.remove(shardId);
            return List.of();
        }
        List<StreamRecord> records = response.records().stream()
                .map(r -> new StreamRecord(r.sequenceNumber(), r.data().asByteArray())).toList();
        Optional<String> end = records.isEmpty() ? after : Optional.of(records.get(records.size() - 1).sequenceNumber());
        if (response.nextShardIterator() == null) {
            continuations.remove(shardId); // a closed shard
        } else {
            continuations.put(shardId, new Continuation(end, response.nextShardIterator()));
        }
        return records;
    }

    private String iterator(String shardId, Optional<String> after) {
        return after.map(sequence -> kinesis.getShardIterator(r -> r.streamName(streamName).shardId(shardId)
                        .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).startingSequenceNumber(sequence)))
                .orElseGet(() -> kinesis.getShardIterator(r -> r.streamName(streamName).shardId(shardId)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)))
                .shardIterator();
    }
}
