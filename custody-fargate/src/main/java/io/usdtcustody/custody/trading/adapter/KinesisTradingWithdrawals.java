package io.usdtcustody.custody.trading.adapter;

import io.usdtcustody.custody.trading.TradingTransferService;
import io.usdtcustody.custody.trading.port.StreamPositions;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Consumes matching's {@code trading-withdrawals} stream: each {@code trading.transfer.to-funding} event credits
 * the customer's funding account through {@link TradingTransferService#fromTrading}, which books a transfer id
 * once. The position per shard is saved after each batch, so a crash repeats at most one batch, and a repeat
 * books nothing. A record no retry can fix is parked (kept for an operator) and the shard moves on; anything
 * else (the ledger or DynamoDB unavailable) stops the shard until the next poll, which starts again from the
 * last saved position.
 *
 * <p>One custody task polls each shard; a second task would read the same records, which costs reads, never
 * money. Polling is paced by the caller (one {@link #pollOnce()} per tick).
 */
public final class KinesisTradingWithdrawals {
    private static final Logger LOG = LoggerFactory.getLogger(KinesisTradingWithdrawals.class);

    private final KinesisClient kinesis;
    private final String streamName;
    private final String logicalStream;
    private final StreamPositions positions;
    private final TradingTransferService transfers;
    private final JsonCodec codec;
    private final int batch;
    private final Map<String, String> iterators = new HashMap<>();

    public KinesisTradingWithdrawals(KinesisClient kinesis, String streamName, String logicalStream,
            StreamPositions positions, TradingTransferService transfers, JsonCodec codec, int batch) {
        this.kinesis = kinesis;
        this.streamName = streamName;
        this.logicalStream = logicalStream;
        this.positions = positions;
        this.transfers = transfers;
        this.codec = codec;
        this.batch = batch;
    }

    /** One pass over every shard; returns how many records were finished (credited, skipped or parked). */
    public synchronized int pollOnce() {
        int finished = 0;
        List<Shard> shards = kinesis.listShards(r -> r.streamName(streamName)).shards();
        for (Shard shard : shards) {
            finished += pollShard(shard.shardId());
        }
        return finished;
    }

    private int pollShard(String shardId) {
        String iterator = iterators.computeIfAbsent(shardId, this::iteratorAfterPosition);
        GetRecordsResponse response;
        try {
            response = kinesis.getRecords(r -> r.shardIterator(iterator).limit(batch));
        } catch (ExpiredIteratorException e) {
            iterators.remove(shardId);
            return 0;
        }
        String last = null;
        int finished = 0;
        try {
            for (Record record : response.records()) {
                handle(shardId, record);
                last = record.sequenceNumber();
                finished++;
            }
        } catch (RuntimeException transientFailure) {
            iterators.remove(shardId); // the next poll starts again after the last finished record
            LOG.warn("trading withdrawals: shard {} stopped, will retry: {}", shardId,
                    transientFailure.getClass().getSimpleName());
        }
        if (last != null) {
            positions.finish(logicalStream, shardId, last);
        }
        if (finished == response.records().size()) {
            if (response.nextShardIterator() == null) {
                iterators.remove(shardId); // a closed shard: nothing more will arrive
            } else {
                iterators.put(shardId, response.nextShardIterator());
            }
        }
        return finished;
    }

    private void handle(String shardId, Record record) {
        EventEnvelope envelope;
        try {
            envelope = codec.decodeEnvelope(record.data().asByteArray());
            if (!TradingTransferEvents.TO_FUNDING.matches(envelope)) {
                return; // another contract on this stream is not ours to book
            }
            transfers.fromTrading(TenantId.of(envelope.tenantId()),
                    codec.unwrap(envelope, TradingTransferEvents.TO_FUNDING));
        } catch (JsonDecodingException | IllegalArgumentException e) {
            park(shardId, record, ErrorCode.MALFORMED_JSON.name());
        } catch (PlatformException e) {
            if (e.errorCode() == ErrorCode.UNAVAILABLE) {
                throw e;
            }
            park(shardId, record, e.errorCode().name());
        }
    }

    private void park(String shardId, Record record, String reason) {
        LOG.error("trading withdrawals: parked record {} on shard {}: {}", record.sequenceNumber(), shardId, reason);
        positions.park(logicalStream, shardId, record.sequenceNumber(), reason);
    }

    private String iteratorAfterPosition(String shardId) {
        return positions.lastFinished(logicalStream, shardId)
                .map(sequence -> kinesis.getShardIterator(r -> r.streamName(streamName).shardId(shardId)
                        .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                        .startingSequenceNumber(sequence)).shardIterator())
                .orElseGet(() -> kinesis.getShardIterator(r -> r.streamName(streamName).shardId(shardId)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator());
    }
}
