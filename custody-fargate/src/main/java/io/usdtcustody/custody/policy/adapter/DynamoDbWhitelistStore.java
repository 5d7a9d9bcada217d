package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.custody.policy.WhitelistEntry;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Whitelists in the wallets table, one partition per customer ({@code pk = WL#<tenant>#<customer>}): entries at
 * {@code sk = ENTRY#<chain>#<address>} and idempotency keys at {@code sk = KEY#<key>} (bound to the payload
 * hash). Both are written only if absent, key first: a crash between the two is finished by the retry, and an
 * existing entry is never overwritten, so its {@code addedAt} — the start of its cooling-off — never moves.
 */
public final class DynamoDbWhitelistStore implements WhitelistStore {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbWhitelistStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Added add(WhitelistEntry entry, String idempotencyKey) {
        String pk = pk(entry.tenant(), entry.customerId());
        boolean replayed = false;
        try {
            dynamoDb.putItem(r -> r.tableName(table).conditionExpression("attribute_not_exists(pk)")
                    .item(Map.of("pk", s(pk), "sk", s("KEY#" + idempotencyKey), "payloadHash", s(entry.payloadHash()))));
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> bound = get(pk, "KEY#" + idempotencyKey);
            if (!entry.payloadHash().equals(bound.get("payloadHash").s())) {
                return new Added(entry, true, false);
            }
            replayed = true;
        }
        Optional<WhitelistEntry> existing = find(entry.tenant(), entry.customerId(), entry.chain(), entry.address());
        if (existing.isPresent()) {
            return new Added(existing.get(), replayed, true);
        }
        int count = dynamoDb.query(r -> r.tableName(table).consistentRead(true).select(Select.COUNT)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :entry)")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":entry", s("ENTRY#")))).count();
        if (count >= MAX_ENTRIES) {
            throw new PlatformException(ErrorCode.LIMIT_EXCEEDED, "a customer has at most " + MAX_ENTRIES
                    + " whitelist entries");
        }
        try {
            dynamoDb.putItem(r -> r.tableName(table).conditionExpression("attribute_not_exists(pk)").item(toItem(entry)));
            return new Added(entry, replayed, true);
        } catch (ConditionalCheckFailedException e) {
            return new Added(find(entry.tenant(), entry.customerId(), entry.chain(), entry.address()).orElseThrow(
                    () -> new PlatformException(ErrorCode.UNAVAILABLE, "the whitelist changed concurrently; retry")),
                    replayed, true);
        }
    }

    @Override
    public Optional<WhitelistEntry> find(TenantId tenant, String customerId, Chain chain, String address) {
        Map<String, AttributeValue> item = get(pk(tenant, customerId), sk(chain, address));
        return item.isEmpty() ? Optional.empty() : Optional.of(fromItem(tenant, item));
    }

    @Override
    public List<WhitelistEntry> list(TenantId tenant, String customerId) {
        return dynamoDb.query(r -> r.tableName(table).consistentRead(true).limit(MAX_ENTRIES)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :entry)")
                        .expressionAttributeValues(Map.of(":pk", s(pk(tenant, customerId)), ":entry", s("ENTRY#"))))
                .items().stream().map(item -> fromItem(tenant, item)).toList();
    }

    @Override
    public boolean remove(TenantId tenant, String customerId, Chain chain, String address) {
        var old = dynamoDb.deleteItem(r -> r.tableName(table).returnValues(ReturnValue.ALL_OLD)
                .key(Map.of("pk", s(pk(tenant, customerId)), "sk", s(sk(chain, address))))).attributes();
        return old != null && !old.isEmpty();
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(pk), "sk", s(sk)))).item();
        return item == null ? Map.of() : item;
    }

    private static Map<String, AttributeValue> toItem(WhitelistEntry e) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(pk(e.tenant(), e.customerId())));
        item.put("sk", s(sk(e.chain(), e.address())));
        item.put("customerId", s(e.customerId()));
        item.put("chain", s(e.chain().name()));
        item.put("address", s(e.address()));
        item.put("label", s(e.label()));
        item.put("addedAt", s(e.addedAt().toString()));
        return item;
    }

    private static WhitelistEntry fromItem(TenantId tenant, Map<String, AttributeValue> item) {
        return new WhitelistEntry(tenant, item.get("customerId").s(), Chain.valueOf(item.get("chain").s()),
                item.get("address").s(), item.get("label").s(), Instant.parse(item.get("addedAt").s()));
    }

    private static String pk(TenantId tenant, String customerId) {
        return "WL#" + tenant.value() + "#" + customerId;
    }

    private static String sk(Chain chain, String address) {
        return "ENTRY#" + chain.name() + "#" + address;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
