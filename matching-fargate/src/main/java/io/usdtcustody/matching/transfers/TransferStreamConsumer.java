package io.usdtcustody.matching.transfers;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.transfers.port.ShardPositions;
import io.usdtcustody.matching.transfers.port.ShardStream;
import io.usdtcustody.matching.transfers.port.ShardStream.StreamRecord;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongBiFunction;

/**
 * Credits trading balances from custody's {@code trading-transfers} stream. Each
 * {@code trading.transfer.to-trading} event becomes a journaled DEPOSIT command carrying the event's transfer id,
 * which the engine applies once (a repeat is {@code TRANSFER_ALREADY_APPLIED} and changes nothing). A shard's
 * position is saved only once every command of the batch is durable in the journal, so a crash or a failure
 * re-reads from the last saved position: records may be submitted again, never skipped, and never credited twice.
 *
 * <p>Why the position may live outside the journal: exactly-once comes from the engine's applied-transfer set,
 * which is journaled and snapshotted with the balances; the position only saves re-reading. Losing it re-reads
 * the stream's whole retention and credits nothing twice.
 */
public final class TransferStreamConsumer {
    private static final System.Logger LOG = System.getLogger(TransferStreamConsumer.class.getName());
    private static final long DURABLE_WAIT_SECONDS = 30;

    private final MatchingCore core;
    private final ShardStream stream;
    private final ShardPositions positions;
    private final JsonCodec codec;
    private final TradingAsset asset;
    private final int batch;
    private final ToLongBiFunction<String, String> accountIds;
    private final AtomicLong credited = new AtomicLong();
    private final AtomicLong repeats = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param accountIds how (tenant, account) becomes the engine's account number; the service passes its account
     *                   directory's {@code register}, so an account first funded here is attributed on its events
     */
    public TransferStreamConsumer(MatchingCore core, ShardStream stream, ShardPositions positions, JsonCodec codec,
            TradingAsset asset, int batch, ToLongBiFunction<String, String> accountIds) {
        this.accountIds = accountIds;
        this.core = core;
        this.stream = stream;
        this.positions = positions;
        this.codec = codec;
        this.asset = asset;
        this.batch = batch;
    }

    /** One pass over every shard: returns how many records were finished. */
    public synchronized int pollOnce() throws InterruptedException {
        int finished = 0;
        for (String shardId : stream.shards()) {
            finished += pollShard(shardId);
        }
        return finished;
    }

    private int pollShard(String shardId) throws InterruptedException {
        List<StreamRecord> records = stream.read(shardId, positions.lastFinished(shardId), batch);
        if (records.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<CommandOutcome>> outcomes = new ArrayList<>(records.size());
        for (StreamRecord record : records) {
            command(record).ifPresent(command -> outcomes.add(core.submit(command)));
        }
        try {
            for (CompletableFuture<CommandOutcome> outcome : outcomes) {
                count(outcome.get(DURABLE_WAIT_SECONDS, TimeUnit.SECONDS).code());
            }
        } catch (ExecutionException | TimeoutException e) {
            // not taken by the sequencer, or not durable in time: the position stays, the batch is read again
            LOG.log(System.Logger.Level.WARNING, "trading transfers: shard " + shardId + " stopped, will retry: "
                    + e.getClass().getSimpleName());
            return 0;
        }
        positions.finish(shardId, records.get(records.size() - 1).sequenceNumber());
        return records.size();
    }

    /** The DEPOSIT a record asks for, or empty for a record that is not a transfer to trading or is malformed. */
    private Optional<Command> command(StreamRecord record) {
        try {
            EventEnvelope envelope = codec.decodeEnvelope(record.data());
            if (!TradingTransferEvents.TO_TRADING.matches(envelope)) {
                return Optional.empty();
            }
            TradingTransfer transfer = codec.unwrap(envelope, TradingTransferEvents.TO_TRADING);
            if (!asset.name().equals(transfer.asset())) {
                throw new IllegalArgumentException("asset");
            }
            UUID transferId = UUID.fromString(transfer.transferId());
            return Optional.of(new Command().transfer(CommandType.DEPOSIT, 0,
                    accountIds.applyAsLong(envelope.tenantId(), transfer.account()), asset.assetId(),
                    asset.units(transfer.amount()), transferId.getMostSignificantBits(),
                    transferId.getLeastSignificantBits()));
        } catch (RuntimeException malformed) {
            // custody validated it before booking; a record this side cannot read needs a person, not a retry
            refused.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, "trading transfers: record " + record.sequenceNumber()
                    + " cannot be applied (" + malformed.getClass().getSimpleName() + "); skipped");
            return Optional.empty();
        }
    }

    private void count(ResultCode code) {
        if (code == ResultCode.SUCCESS) {
            credited.incrementAndGet();
        } else if (code == ResultCode.TRANSFER_ALREADY_APPLIED) {
            repeats.incrementAndGet();
        } else {
            refused.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, "trading transfers: the engine refused a transfer: " + code);
        }
    }

    /** Transfers credited by this consumer since it started. */
    public long credited() {
        return credited.get();
    }

    /** Records whose transfer id was already applied (redeliveries) since it started. */
    public long repeats() {
        return repeats.get();
    }

    /** Records that could not be applied (malformed, or refused by the engine) since it started. */
    public long refused() {
        return refused.get();
    }
}
