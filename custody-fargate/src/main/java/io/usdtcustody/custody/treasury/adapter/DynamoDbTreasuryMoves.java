package io.usdtcustody.custody.treasury.adapter;

import io.usdtcustody.custody.treasury.TreasuryMove;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Treasury moves in the wallets table: {@code pk = TREASURY#<id>}, {@code sk = MOVE}, and {@code gsi1}
 * ({@code TRSTATE#<state>}, created-at) for the workers. Writes are conditional on absence or on the version.
 */
public final class DynamoDbTreasuryMoves implements TreasuryMoves {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbTreasuryMoves(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public TreasuryMove createOnce(TreasuryMove move) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(toItem(move)).conditionExpression("attribute_not_exists(pk)"));
            return move;
        } catch (ConditionalCheckFailedException e) {
            return find(move.id()).orElseThrow(() -> new IllegalStateException("a treasury move vanished"));
        }
    }

    @Override
    public boolean transition(TreasuryMove current, TreasuryMove next) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(toItem(next)).conditionExpression("version = :version")
                    .expressionAttributeValues(Map.of(":version", AttributeValue.fromN(Long.toString(current.version())))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<TreasuryMove> find(UUID id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public List<TreasuryMove> inState(TreasuryMove.State state, int limit) {
        return dynamoDb.query(r -> r.tableName(table).indexName("gsi1").keyConditionExpression("gsi1pk = :state")
                        .expressionAttributeValues(Map.of(":state", AttributeValue.fromS("TRSTATE#" + state))).limit(limit))
                .items().stream().map(DynamoDbTreasuryMoves::fromItem).toList();
    }

    private static Map<String, AttributeValue> key(UUID id) {
        return Map.of("pk", AttributeValue.fromS("TREASURY#" + id), "sk", AttributeValue.fromS("MOVE"));
    }

    private static Map<String, AttributeValue> toItem(TreasuryMove m) {
        Map<String, AttributeValue> item = new HashMap<>(key(m.id()));
        item.put("gsi1pk", AttributeValue.fromS("TRSTATE#" + m.state()));
        item.put("gsi1sk", AttributeValue.fromS(m.createdAt() + "#" + m.id()));
        item.put("direction", AttributeValue.fromS(m.direction().name()));
        item.put("asset", AttributeValue.fromS(m.amount().asset().code()));
        item.put("chain", AttributeValue.fromS(m.amount().asset().chain().name()));
        item.put("decimals", AttributeValue.fromN(Integer.toString(m.amount().asset().decimals())));
        item.put("amountMinor", AttributeValue.fromN(Long.toString(m.amount().minorUnits())));
        item.put("from", AttributeValue.fromS(m.from()));
        item.put("to", AttributeValue.fromS(m.to()));
        item.put("state", AttributeValue.fromS(m.state().name()));
        item.put("initiatedBy", AttributeValue.fromS(m.initiatedBy()));
        item.put("requiredApprovals", AttributeValue.fromN(Integer.toString(m.requiredApprovals())));
        item.put("createdAt", AttributeValue.fromS(m.createdAt().toString()));
        item.put("version", AttributeValue.fromN(Long.toString(m.version())));
        if (m.releaseAt() != null) {
            item.put("releaseAt", AttributeValue.fromS(m.releaseAt().toString()));
        }
        if (m.txHash() != null) {
            item.put("txHash", AttributeValue.fromS(m.txHash()));
        }
        if (m.reason() != null) {
            item.put("reason", AttributeValue.fromS(m.reason()));
        }
        return item;
    }

    private static TreasuryMove fromItem(Map<String, AttributeValue> item) {
        Asset asset = new Asset(item.get("asset").s(), Chain.valueOf(item.get("chain").s()),
                Integer.parseInt(item.get("decimals").n()));
        return new TreasuryMove(UUID.fromString(item.get("pk").s().substring("TREASURY#".length())),
                TreasuryMove.Direction.valueOf(item.get("direction").s()),
                Amount.of(Long.parseLong(item.get("amountMinor").n()), asset), item.get("from").s(), item.get("to").s(),
                TreasuryMove.State.valueOf(item.get("state").s()), item.get("initiatedBy").s(),
                Integer.parseInt(item.get("requiredApprovals").n()), Instant.parse(item.get("createdAt").s()),
                optional(item, "releaseAt").map(Instant::parse).orElse(null), optional(item, "txHash").orElse(null),
                optional(item, "reason").orElse(null), Long.parseLong(item.get("version").n()));
    }

    private static Optional<String> optional(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
    }
}
