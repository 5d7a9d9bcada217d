package io.usdtcustody.custody.events;

import io.usdtcustody.model.json.JsonCodec;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Writes events into the outbox table as part of the caller's own {@code TransactWriteItems}, so an event exists
 * if and only if the state change it describes was committed. Items are grouped by a hash of the partition key
 * ({@code pk = OUTBOX#<0..15>}) and ordered by time within a group, which keeps one account's events in order.
 */
public final class DynamoDbOutbox {
    static final int GROUPS = 16;

    private final String table;
    private final JsonCodec codec;

    public DynamoDbOutbox(String table, JsonCodec codec) {
        this.table = table;
        this.codec = codec;
    }

    public String table() {
        return table;
    }

    public TransactWriteItem put(OutboxEvent event) {
        var envelope = event.envelope();
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS(groupKey(event.partitionKey())),
                "sk", AttributeValue.fromS(String.format("%013d#%s", envelope.occurredAt().toEpochMilli(), envelope.eventId())),
                "stream", AttributeValue.fromS(event.stream().name()),
                "partitionKey", AttributeValue.fromS(event.partitionKey()),
                "data", AttributeValue.fromB(SdkBytes.fromByteArray(codec.encode(envelope))));
        // an event id is written once: a replayed transaction never duplicates an event
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    static String groupKey(String partitionKey) {
        return "OUTBOX#" + Math.floorMod(partitionKey.hashCode(), GROUPS);
    }
}
