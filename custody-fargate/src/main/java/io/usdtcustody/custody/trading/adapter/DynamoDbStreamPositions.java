package io.usdtcustody.custody.trading.adapter;

import io.usdtcustody.custody.trading.port.StreamPositions;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stream positions in the wallets table, one item per (stream, shard): {@code pk = STREAM_POSITION#<stream>},
 * {@code sk = <shard id>}; parked records under {@code STREAM_PARKED#<stream>}. The stream is the logical catalogue name, so positions survive a renamed deployment
 * prefix only if the stream itself does.
 */
public final class DynamoDbStreamPositions implements StreamPositions {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbStreamPositions(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<String> lastFinished(String stream, String shardId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key(stream, shardId))
                .consistentRead(true)).item();
        return item == null || !item.containsKey("sequenceNumber") ? Optional.empty()
                : Optional.of(item.get("sequenceNumber").s());
    }

    @Override
    public void finish(String stream, String shardId, String sequenceNumber) {
        dynamoDb.updateItem(r -> r.tableName(table).key(key(stream, shardId))
                .updateExpression("SET sequenceNumber = :sequence")
                .expressionAttributeValues(Map.of(":sequence", AttributeValue.fromS(sequenceNumber))));
    }

    @Override
    public void park(String stream, String shardId, String sequenceNumber, String reason) {
        dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
                "pk", AttributeValue.fromS("STREAM_PARKED#" + stream),
                "sk", AttributeValue.fromS(shardId + "#" + sequenceNumber),
                "reason", AttributeValue.fromS(reason))));
    }

    private static Map<String, AttributeValue> key(String stream, String shardId) {
        return Map.of("pk", AttributeValue.fromS("STREAM_POSITION#" + stream), "sk", AttributeValue.fromS(shardId));
    }
}
