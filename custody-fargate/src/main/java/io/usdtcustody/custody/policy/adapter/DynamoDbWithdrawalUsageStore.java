package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.custody.policy.UsageRecord;
import io.usdtcustody.custody.policy.UsageTotals;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Usage in the wallets table. Each withdrawal is three items written in one transaction, each conditional on
 * not existing: a marker {@code USAGEWD#<tenant>#<id>} (the idempotency key), and one time-ordered item under
 * the customer ({@code USAGE#<tenant>#C#<customer>}) and one under the tenant ({@code USAGE#<tenant>#T}), both
 * with {@code sk = <fixed-width UTC instant>#<id>}, so a window is one key-range query. Items carry
 * {@code expiresAt} (epoch seconds) for DynamoDB TTL, which is only clean-up: windows are cut by the sort key.
 */
public final class DynamoDbWithdrawalUsageStore implements WithdrawalUsageStore {
    /** Kept comfortably longer than any window a policy uses (24 hours by default). */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(8);
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Duration retention;

    public DynamoDbWithdrawalUsageStore(DynamoDbClient dynamoDb, String table, Duration retention) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.retention = retention;
    }

    @Override
    public boolean record(UsageRecord usage) {
        Map<String, AttributeValue> marker = item(usage, "USAGEWD#" + usage.tenant().value() + "#" + usage.withdrawalId(), "USAGEWD");
        String sk = SORTABLE.format(usage.at()) + "#" + usage.withdrawalId();
        List<TransactWriteItem> items = List.of(putNew(marker),
                putNew(item(usage, customerPk(usage.tenant(), usage.customerId()), sk)),
                putNew(item(usage, tenantPk(usage.tenant()), sk)));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return true;
            } catch (TransactionCanceledException e) {
                if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                    UsageRecord existing = marker(usage.tenant(), usage.withdrawalId()).orElseThrow(
                            () -> new IllegalStateException("usage marker vanished: " + usage.withdrawalId()));
                    if (!existing.equals(usage)) {
                        throw new IllegalStateException("withdrawal " + usage.withdrawalId() + " was recorded with other usage");
                    }
                    return false;
                }
                backOff(attempt);
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "usage recording is busy; retry");
    }

    @Override
    public void release(TenantId tenant, UUID withdrawalId) {
        Optional<UsageRecord> found = marker(tenant, withdrawalId);
        if (found.isEmpty()) {
            return;
        }
        UsageRecord usage = found.get();
        String sk = SORTABLE.format(usage.at()) + "#" + withdrawalId;
        List<TransactWriteItem> deletes = List.of(
                delete(Map.of("pk", s("USAGEWD#" + tenant.value() + "#" + withdrawalId), "sk", s("USAGEWD"))),
                delete(Map.of("pk", s(customerPk(tenant, usage.customerId())), "sk", s(sk))),
                delete(Map.of("pk", s(tenantPk(tenant)), "sk", s(sk))));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(deletes));
                return;
            } catch (TransactionCanceledException e) {
                backOff(attempt);
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "usage release is busy; retry");
    }

    @Override
    public UsageTotals totals(TenantId tenant, Optional<String> customerId, Instant after, UUID excluding) {
        String pk = customerId.map(c -> customerPk(tenant, c)).orElse(tenantPk(tenant));
        // '$' sorts after '#': everything at exactly `after` is left out, the first instant after it is in.
        String from = SORTABLE.format(after) + "$";
        UsageTotals totals = UsageTotals.empty();
        var pages = dynamoDb.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND sk > :from")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s(from))));
        for (Map<String, AttributeValue> item : pages.items()) {
            if (excluding == null || !excluding.toString().equals(item.get("withdrawalId").s())) {
                totals = totals.plus(amount(item));
            }
        }
        return totals;
    }

    private Optional<UsageRecord> marker(TenantId tenant, UUID withdrawalId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", s("USAGEWD#" + tenant.value() + "#" + withdrawalId), "sk", s("USAGEWD")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UsageRecord(tenant, item.get("customerId").s(), withdrawalId, amount(item),
                Instant.parse(item.get("at").s())));
    }

    private Map<String, AttributeValue> item(UsageRecord usage, String pk, String sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(pk));
        item.put("sk", s(sk));
        item.put("tenant", s(usage.tenant().value()));
        item.put("customerId", s(usage.customerId()));
        item.put("withdrawalId", s(usage.withdrawalId().toString()));
        item.put("assetCode", s(usage.amount().asset().code()));
        item.put("chain", s(usage.amount().asset().chain().name()));
        item.put("decimals", n(usage.amount().asset().decimals()));
        item.put("amountMinor", n(usage.amount().minorUnits()));
        item.put("at", s(usage.at().toString()));
        item.put("expiresAt", n(usage.at().plus(retention).getEpochSecond()));
        return item;
    }

    private static Amount amount(Map<String, AttributeValue> item) {
        Asset asset = new Asset(item.get("assetCode").s(), Chain.valueOf(item.get("chain").s()),
                Integer.parseInt(item.get("decimals").n()));
        return Amount.of(Long.parseLong(item.get("amountMinor").n()), asset);
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(d -> d.tableName(table).key(key)).build();
    }

    private static String customerPk(TenantId tenant, String customerId) {
        return "USAGE#" + tenant.value() + "#C#" + customerId;
    }

    private static String tenantPk(TenantId tenant) {
        return "USAGE#" + tenant.value() + "#T";
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(200, 5L << Math.min(attempt, 6)) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted while retrying a write", e);
        }
    }
}
