package io.usdtcustody.matching.events;

import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/** {@link EventStreamSink} over Kinesis {@code PutRecords}; entries Kinesis refused come back as false. */
public final class KinesisEventStreamSink implements EventStreamSink {
    private final KinesisClient kinesis;

    public KinesisEventStreamSink(KinesisClient kinesis) {
        this.kinesis = kinesis;
    }

    @Override
    public boolean[] put(String stream, List<Entry> batch) {
        List<PutRecordsRequestEntry> entries = batch.stream().map(e -> PutRecordsRequestEntry.builder()
                .partitionKey(e.partitionKey()).data(SdkBytes.fromByteArray(e.data())).build()).toList();
        List<PutRecordsResultEntry> results = kinesis.putRecords(r -> r.streamName(stream).records(entries)).records();
        boolean[] stored = new boolean[batch.size()];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = results.get(i).errorCode() == null;
        }
        return stored;
    }
}
