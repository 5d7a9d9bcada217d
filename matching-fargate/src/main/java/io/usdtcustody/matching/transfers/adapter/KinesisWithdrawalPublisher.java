package io.usdtcustody.matching.transfers.adapter;

import io.usdtcustody.matching.transfers.TradingAsset;
import io.usdtcustody.matching.transfers.WithdrawalRecord;
import io.usdtcustody.matching.transfers.port.WithdrawalPublisher;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Puts {@code trading.transfer.to-funding} on the {@code trading-withdrawals} stream, partitioned by
 * {@code tenant/account}. The event id and time derive from the record, so a republished withdrawal is the very
 * same event. The chain is the one custody settles trading transfers on.
 */
public final class KinesisWithdrawalPublisher implements WithdrawalPublisher {
    /** The chain whose USDT custody books trading transfers in. */
    public static final String SETTLEMENT_CHAIN = "ETHEREUM";

    private final KinesisClient kinesis;
    private final String streamName;
    private final JsonCodec codec;
    private final TradingAsset asset;

    public KinesisWithdrawalPublisher(KinesisClient kinesis, String streamName, JsonCodec codec, TradingAsset asset) {
        this.kinesis = kinesis;
        this.streamName = streamName;
        this.codec = codec;
        this.asset = asset;
    }

    @Override
    public void publish(WithdrawalRecord withdrawal) {
        byte[] data = codec.encode(event(withdrawal, codec, asset));
        kinesis.putRecord(r -> r.streamName(streamName).data(SdkBytes.fromByteArray(data))
                .partitionKey(TradingTransferEvents.partitionKey(withdrawal.tenant(), withdrawal.account())));
    }

    /** The event a withdrawal publishes. */
    public static EventEnvelope event(WithdrawalRecord withdrawal, JsonCodec codec, TradingAsset asset) {
        UUID eventId = UUID.nameUUIDFromBytes((TradingTransferEvents.TO_FUNDING.type() + ":" + withdrawal.transferId())
                .getBytes(StandardCharsets.UTF_8));
        return codec.wrap(TradingTransferEvents.TO_FUNDING, eventId, withdrawal.requestedAt(), withdrawal.tenant(),
                new TradingTransfer(withdrawal.transferId().toString(), withdrawal.account(), asset.name(),
                        SETTLEMENT_CHAIN, asset.decimal(withdrawal.units())));
    }
}
