package io.usdtcustody.custody.withdrawal.adapter;

import static io.usdtcustody.custody.withdrawal.adapter.WithdrawalItems.n;
import static io.usdtcustody.custody.withdrawal.adapter.WithdrawalItems.s;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Withdrawals on DynamoDB. Creation writes the idempotency item, the withdrawal and its first event in one
 * transaction, each conditional on not existing; a transition writes the new version conditional on the old
 * one, with its event. A lost race is reported, never papered over.
 */
public final class DynamoDbWithdrawalStore implements WithdrawalStore {
    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final DynamoDbOutbox outbox;

    public DynamoDbWithdrawalStore(DynamoDbClient dynamoDb, String table, DynamoDbOutbox outbox) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public Created create(Withdrawal withdrawal, String idempotencyKey, OutboxEvent event) {
        Map<String, AttributeValue> keyItem = new HashMap<>(WithdrawalItems.idempotencyKey(withdrawal.tenant(), idempotencyKey));
        keyItem.put("withdrawalId", s(withdrawal.id().toString()));
        keyItem.put("payloadHash", s(withdrawal.request().payloadHash()));
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(keyItem)
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(WithdrawalItems.toItem(withdrawal))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                outbox.put(event));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return new Created(withdrawal, false, true);
            } catch (TransactionCanceledException e) {
                CancellationReason keyReason = e.cancellationReasons().get(0);
                if ("ConditionalCheckFailed".equals(keyReason.code())) {
                    UUID existingId = UUID.fromString(keyReason.item().get("withdrawalId").s());
                    boolean samePayload = keyReason.item().get("payloadHash").s().equals(withdrawal.request().payloadHash());
                    Withdrawal existing = find(withdrawal.tenant(), existingId).orElseThrow(
                            () -> new IllegalStateException("idempotency key names a missing withdrawal"));
                    return new Created(existing, true, samePayload);
                }
                pause(attempt);
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "withdrawals are busy; retry with the same Idempotency-Key");
    }

    @Override
    public boolean transition(Withdrawal current, Withdrawal next, Optional<OutboxEvent> event) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(WithdrawalItems.toItem(next))
                .conditionExpression("version = :version")
                .expressionAttributeValues(Map.of(":version", n(current.version())))).build());
        event.ifPresent(e -> items.add(outbox.put(e)));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return true;
            } catch (TransactionCanceledException e) {
                if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                    return false;
                }
                pause(attempt);
            }
        }
        return false;
    }

    @Override
    public Optional<Withdrawal> find(TenantId tenant, UUID id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(WithdrawalItems.key(tenant, id)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || !tenant.value().equals(item.get("tenant").s())) {
            return Optional.empty();
        }
        return Optional.of(WithdrawalItems.fromItem(item));
    }

    @Override
    public List<Withdrawal> inState(WithdrawalState state, int limit) {
        return byChangeTime(state, limit, true);
    }

    @Override
    public List<Withdrawal> latestInState(WithdrawalState state, int limit) {
        return byChangeTime(state, limit, false);
    }

    private List<Withdrawal> byChangeTime(WithdrawalState state, int limit, boolean oldestFirst) {
        return dynamoDb.query(r -> r.tableName(table).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :state")
                        .expressionAttributeValues(Map.of(":state", s("WDSTATE#" + state)))
                        .scanIndexForward(oldestFirst)
                        .limit(limit))
                .items().stream().map(WithdrawalItems::fromItem).toList();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted", e);
        }
    }
}
