package io.usdtcustody.custody.chain.ethereum.nonce.adapter;

import static io.usdtcustody.custody.chain.ethereum.nonce.adapter.NonceItems.NEXT;
import static io.usdtcustody.custody.chain.ethereum.nonce.adapter.NonceItems.n;
import static io.usdtcustody.custody.chain.ethereum.nonce.adapter.NonceItems.s;

import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceTransaction;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Nonces on DynamoDB (items: {@link NonceItems}). Taking a nonce is one {@code TransactWriteItems}: advance the
 * counter from the value just read (condition {@code next = :n}), put the withdrawal's item and the nonce's item,
 * each only if absent. So two withdrawals never share a nonce (the counter condition, and the nonce item's),
 * a withdrawal never gets two (its item), and no number is skipped (the counter moves by one, only with an
 * assignment). A release rolls back in one transaction too: counter {@code next = n + 1 → n}, the assignment
 * deleted at the version read, the withdrawal's item turned into a tombstone. Every other change is a put at the
 * version read. A lost race re-reads and tries again; the transitions of {@link NonceAssignment} decide.
 */
public final class DynamoDbNonceManager extends TransitioningNonceManager {
    private static final int MAX_ATTEMPTS = 200;
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbNonceManager(DynamoDbClient dynamoDb, String table, Clock clock) {
        super(clock);
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public long assign(long chainId, String address, UUID withdrawalId, long chainNonce) {
        if (chainNonce < 0) {
            throw new IllegalArgumentException("the chain nonce is not negative");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> holding = get(NonceItems.withdrawalKey(chainId, address, withdrawalId));
            if (holding != null) {
                if (holding.get("released").bool()) {
                    throw new PlatformException(ErrorCode.CONFLICT, "the withdrawal released its nonce");
                }
                return Long.parseLong(holding.get("nonce").n());
            }
            Map<String, AttributeValue> counter = get(NonceItems.counterKey(chainId, address));
            if (counter == null) {
                initialise(chainId, address, chainNonce);
                continue;
            }
            long nonce = Long.parseLong(counter.get(NEXT).n());
            if (take(chainId, address, withdrawalId, nonce)) {
                return nonce;
            }
            pause(attempt);
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "the nonces of " + address + " are too busy; retry");
    }

    private void initialise(long chainId, String address, long chainNonce) {
        Map<String, AttributeValue> item = new HashMap<>(NonceItems.counterKey(chainId, address));
        item.put(NEXT, n(chainNonce));
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException anotherProcessWasFirst) {
            // its value stands: the counter is initialised once
        }
    }

    /** The one transaction that hands out {@code nonce}; false when a concurrent writer won (re-read and retry). */
    private boolean take(long chainId, String address, UUID withdrawalId, long nonce) {
        Map<String, AttributeValue> holding = new HashMap<>(NonceItems.withdrawalKey(chainId, address, withdrawalId));
        holding.put("nonce", n(nonce));
        holding.put("released", AttributeValue.fromBool(false));
        NonceAssignment assigned = NonceAssignment.assigned(chainId, address, nonce, withdrawalId, clock.instant());
        List<TransactWriteItem> items = List.of(
                counterMove(chainId, address, nonce, nonce + 1),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(holding)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(NonceItems.toItem(assigned))
                        .conditionExpression("attribute_not_exists(pk)")).build());
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(items));
            return true;
        } catch (TransactionCanceledException e) {
            var reasons = e.cancellationReasons();
            if (!CONDITION_FAILED.equals(reasons.get(0).code()) && !CONDITION_FAILED.equals(reasons.get(1).code())
                    && CONDITION_FAILED.equals(reasons.get(2).code())) {
                throw new IllegalStateException("nonce " + nonce + " of " + address + " is taken below the counter");
            }
            return false;
        }
    }

    @Override
    public Release release(long chainId, String address, UUID withdrawalId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> holding = get(NonceItems.withdrawalKey(chainId, address, withdrawalId));
            if (holding == null) {
                return Release.NOT_ASSIGNED;
            }
            if (holding.get("released").bool()) {
                return holding.containsKey("nonce") ? Release.GAP : Release.ROLLED_BACK;
            }
            long nonce = Long.parseLong(holding.get("nonce").n());
            NonceAssignment current = find(chainId, address, nonce).orElseThrow(
                    () -> new IllegalStateException("withdrawal " + withdrawalId + " holds a missing nonce " + nonce));
            long next = Long.parseLong(get(NonceItems.counterKey(chainId, address)).get(NEXT).n());
            boolean rollBack = current.state() == NonceState.ASSIGNED && next == nonce + 1;
            List<TransactWriteItem> items = rollBack ? rollBackItems(current, holding) : gapItems(current, holding);
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return rollBack ? Release.ROLLED_BACK : Release.GAP;
            } catch (TransactionCanceledException lostARace) {
                pause(attempt);
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "the nonces of " + address + " are too busy; retry");
    }

    /** Counter {@code n + 1 → n}, the assignment deleted, the withdrawal's item a tombstone without a nonce. */
    private List<TransactWriteItem> rollBackItems(NonceAssignment current, Map<String, AttributeValue> holding) {
        Map<String, AttributeValue> tombstone = new HashMap<>(holding);
        tombstone.remove("nonce");
        return List.of(counterMove(current.chainId(), current.address(), current.nonce() + 1, current.nonce()),
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(NonceItems.nonceKey(current.chainId(), current.address(), current.nonce()))
                        .conditionExpression("version = :v")
                        .expressionAttributeValues(Map.of(":v", n(current.version())))).build(),
                releasedHolding(tombstone));
    }

    /** The assignment a GAP (fails on a broadcast one), the withdrawal's item marked released. */
    private List<TransactWriteItem> gapItems(NonceAssignment current, Map<String, AttributeValue> holding) {
        NonceAssignment gap = current.gap();
        return List.of(TransactWriteItem.builder().put(p -> p.tableName(table).item(NonceItems.toItem(gap))
                        .conditionExpression("version = :v")
                        .expressionAttributeValues(Map.of(":v", n(current.version())))).build(),
                releasedHolding(new HashMap<>(holding)));
    }

    private TransactWriteItem releasedHolding(Map<String, AttributeValue> holding) {
        holding.put("released", AttributeValue.fromBool(true));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(holding)
                .conditionExpression("released = :false")
                .expressionAttributeValues(Map.of(":false", AttributeValue.fromBool(false)))).build();
    }

    @Override
    public Optional<NonceAssignment> find(long chainId, String address, long nonce) {
        return Optional.ofNullable(get(NonceItems.nonceKey(chainId, address, nonce))).map(NonceItems::fromItem);
    }

    @Override
    public List<NonceAssignment> gapsToFill(long chainId, String address) {
        return dynamoDb.query(r -> r.tableName(table).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :gaps")
                        .expressionAttributeValues(Map.of(":gaps", s(NonceItems.gapIndexKey(chainId, address))))
                        .limit(MAX_LISTED))
                .items().stream().map(NonceItems::fromItem).toList();
    }

    @Override
    public List<NonceAssignment> stuck(long chainId, String address, Instant olderThan) {
        return dynamoDb.query(r -> r.tableName(table).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :sent AND gsi1sk < :before")
                        .expressionAttributeValues(Map.of(":sent", s(NonceItems.sentIndexKey(chainId, address)),
                                ":before", s(NonceItems.sentBefore(olderThan))))
                        .limit(MAX_LISTED))
                .items().stream().map(NonceItems::fromItem).toList();
    }

    /** Applies {@code step} to the stored assignment and writes the result at the version read, until it sticks. */
    @Override
    protected NonceAssignment update(long chainId, String address, long nonce, UnaryOperator<NonceAssignment> step) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            NonceAssignment current = find(chainId, address, nonce).orElseThrow(
                    () -> new PlatformException(ErrorCode.NOT_FOUND, "nonce " + nonce + " is not assigned"));
            NonceAssignment next = step.apply(current);
            if (next == current) {
                return current;
            }
            try {
                dynamoDb.putItem(r -> r.tableName(table).item(NonceItems.toItem(next))
                        .conditionExpression("version = :v")
                        .expressionAttributeValues(Map.of(":v", n(current.version()))));
                return next;
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                pause(attempt);
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "nonce " + nonce + " is changing too often; retry");
    }

    private TransactWriteItem counterMove(long chainId, String address, long from, long to) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(NonceItems.counterKey(chainId, address))
                .updateExpression("SET #next = :to").conditionExpression("#next = :from")
                .expressionAttributeNames(Map.of("#next", NEXT))
                .expressionAttributeValues(Map.of(":from", n(from), ":to", n(to)))).build();
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted", e);
        }
    }
}
