package io.usdtcustody.custody.deposit.travelrule.adapter;

import io.usdtcustody.custody.deposit.travelrule.ReceivedTravelRule;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Received Travel Rule data in the {@code wallets} table. One item per entry,
 * {@code pk = TRAVELRULE-IN#<tenant>#<chain>#<txHash>}, {@code sk = <destination>#<logIndex or *>}, holding the
 * IVMS101 payload as JSON; and one per idempotency key, {@code pk = TRAVELRULE-IN-KEY#<tenant>#<key>}, with the
 * request's hash. Both are written in one transaction, the key item only if absent: a retry with the same key
 * writes nothing. The tenant is in every key, so one tenant's reads never meet another's items.
 */
public final class DynamoDbReceivedTravelRuleStore implements ReceivedTravelRuleStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final JsonCodec codec;

    public DynamoDbReceivedTravelRuleStore(DynamoDbClient dynamoDb, String table, JsonCodec codec) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.codec = codec;
    }

    @Override
    public Saved save(String idempotencyKey, String payloadHash, ReceivedTravelRule data) {
        Map<String, AttributeValue> keyItem = keyItem(data.tenant(), idempotencyKey);
        Map<String, AttributeValue> marker = new HashMap<>(keyItem);
        marker.put("payloadHash", AttributeValue.fromS(payloadHash));
        Map<String, AttributeValue> entry = new HashMap<>();
        entry.put("pk", AttributeValue.fromS(partition(data.tenant(), data.chain(), data.txHash())));
        entry.put("sk", AttributeValue.fromS(data.destinationAddress() + "#"
                + (data.logIndex() == null ? "*" : data.logIndex().toString())));
        if (data.logIndex() != null) {
            entry.put("logIndex", AttributeValue.fromN(data.logIndex().toString()));
        }
        entry.put("destinationAddress", AttributeValue.fromS(data.destinationAddress()));
        entry.put("ivms101", AttributeValue.fromS(new String(codec.write(Ivms101Json.toTree(data.payload())),
                StandardCharsets.UTF_8)));
        entry.put("receivedAt", AttributeValue.fromS(data.receivedAt().toString()));
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(
                    t -> t.put(p -> p.tableName(table).item(marker).conditionExpression("attribute_not_exists(pk)")),
                    t -> t.put(p -> p.tableName(table).item(entry))));
            return new Saved(false);
        } catch (TransactionCanceledException e) {
            if (!"ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                throw e;
            }
            Map<String, AttributeValue> earlier = dynamoDb.getItem(r -> r.tableName(table).key(keyItem)
                    .consistentRead(true)).item();
            if (earlier != null && payloadHash.equals(earlier.get("payloadHash").s())) {
                return new Saved(true);
            }
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "the Idempotency-Key was used for other Travel Rule data");
        }
    }

    @Override
    public List<ReceivedTravelRule> forTransaction(TenantId tenant, Chain chain, String txHash) {
        String pk = partition(tenant, chain, txHash.toLowerCase(Locale.ROOT));
        return dynamoDb.queryPaginator(r -> r.tableName(table).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))).consistentRead(true))
                .items().stream()
                .map(item -> new ReceivedTravelRule(tenant, chain, txHash,
                        item.containsKey("logIndex") ? Long.valueOf(item.get("logIndex").n()) : null,
                        item.get("destinationAddress").s(),
                        Ivms101Json.fromTree(codec.readTree(item.get("ivms101").s().getBytes(StandardCharsets.UTF_8)))
                                .orThrow("stored Travel Rule data"),
                        Instant.parse(item.get("receivedAt").s())))
                .toList();
    }

    private static String partition(TenantId tenant, Chain chain, String txHash) {
        return "TRAVELRULE-IN#" + tenant.value() + "#" + chain + "#" + txHash;
    }

    private static Map<String, AttributeValue> keyItem(TenantId tenant, String idempotencyKey) {
        return Map.of("pk", AttributeValue.fromS("TRAVELRULE-IN-KEY#" + tenant.value() + "#" + idempotencyKey),
                "sk", AttributeValue.fromS("KEY"));
    }
}
