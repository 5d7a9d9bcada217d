package io.usdtcustody.custody.deposit.adapter;

import io.usdtcustody.custody.deposit.DepositCursor;
import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Deposit cursors in the {@code wallets} table: one item per cursor, {@code pk = CURSOR#<cursorId>} (for
 * example {@code CURSOR#ETHEREUM#0xdac1…}), {@code sk = CURSOR}, with {@code blockNumber}, {@code blockHash} and
 * {@code updatedAt}. The put is conditional on the stored block being lower, so a cursor never moves back.
 */
public final class DynamoDbDepositCursorStore implements DepositCursorStore {
    private static final String SK = "CURSOR";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public DynamoDbDepositCursorStore(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<DepositCursor> load(String cursorId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key(cursorId))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DepositCursor(Long.parseLong(item.get("blockNumber").n()), item.get("blockHash").s()));
    }

    @Override
    public boolean advance(String cursorId, DepositCursor next) {
        Map<String, AttributeValue> item = new HashMap<>(key(cursorId));
        AttributeValue blockNumber = AttributeValue.fromN(Long.toString(next.blockNumber()));
        item.put("blockNumber", blockNumber);
        item.put("blockHash", AttributeValue.fromS(next.blockHash()));
        item.put("updatedAt", AttributeValue.fromS(clock.instant().toString()));
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR blockNumber < :next")
                    .expressionAttributeValues(Map.of(":next", blockNumber)));
            return true;
        } catch (ConditionalCheckFailedException alreadyThereOrPast) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String cursorId) {
        if (cursorId == null || cursorId.isEmpty() || cursorId.length() > 200) {
            throw new IllegalArgumentException("a cursor id is 1-200 characters");
        }
        return Map.of("pk", AttributeValue.fromS("CURSOR#" + cursorId), "sk", AttributeValue.fromS(SK));
    }
}
