package io.usdtcustody.custody.sweep.adapter;

import static io.usdtcustody.custody.sweep.adapter.SweepItems.n;
import static io.usdtcustody.custody.sweep.adapter.SweepItems.s;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.sweep.Sweep;
import io.usdtcustody.custody.sweep.SweepCandidate;
import io.usdtcustody.custody.sweep.SweepState;
import io.usdtcustody.custody.sweep.port.SweepStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sweeps and sweep candidates on the wallets table (item shapes in {@link SweepItems}). Starting a sweep is one
 * {@code TransactWriteItems}: the sweep item if absent, and the candidate's claim conditional on the candidate
 * being exactly as the planner read it. Transitions are puts conditional on the version. Listing goes through
 * {@code gsi1} (eventually consistent), so the sweeper re-reads a sweep before acting on it.
 */
public final class DynamoDbSweepStore implements SweepStore {
    private static final String FREE = "attribute_not_exists(activeSweep) AND frozen = :false";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbSweepStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public void recordCredit(DepositAddress owner, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>(SweepItems.ownerValues(owner));
        values.putAll(Map.of(":zero", n(0), ":one", n(1), ":false", AttributeValue.fromBool(false)));
        update(owner, "SET " + SweepItems.SET_OWNER + ", creditSeq = if_not_exists(creditSeq, :zero) + :one, "
                + "sweptSeq = if_not_exists(sweptSeq, :zero), frozen = if_not_exists(frozen, :false)", null, values);
        makeDue(owner, now, FREE);
    }

    @Override
    public void freeze(DepositAddress owner) {
        Map<String, AttributeValue> values = new HashMap<>(SweepItems.ownerValues(owner));
        values.putAll(Map.of(":zero", n(0), ":true", AttributeValue.fromBool(true)));
        update(owner, "SET " + SweepItems.SET_OWNER + ", creditSeq = if_not_exists(creditSeq, :zero), "
                + "sweptSeq = if_not_exists(sweptSeq, :zero), frozen = :true REMOVE gsi1pk, gsi1sk", null, values);
    }

    @Override
    public List<SweepCandidate> due(Instant now, int limit) {
        return dynamoDb.query(r -> r.tableName(table).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :due AND gsi1sk <= :upper")
                        .expressionAttributeValues(Map.of(":due", s(SweepItems.DUE),
                                ":upper", s(SweepItems.timeKey(now, "~"))))
                        .limit(limit))
                .items().stream().map(SweepItems::candidate).toList();
    }

    @Override
    public Optional<SweepCandidate> candidate(DepositAddress owner) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(SweepItems.candidateKey(owner)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(SweepItems.candidate(item));
    }

    @Override
    public void postpone(SweepCandidate candidate, Instant until) {
        tryUpdate(candidate.owner(), "SET gsi1sk = :at", "creditSeq = :seq AND attribute_exists(gsi1pk)",
                Map.of(":at", s(SweepItems.timeKey(until, candidate.owner().address())), ":seq", n(candidate.creditSeq())));
    }

    @Override
    public void retire(SweepCandidate candidate) {
        tryUpdate(candidate.owner(), "REMOVE gsi1pk, gsi1sk", "creditSeq = :seq",
                Map.of(":seq", n(candidate.creditSeq())));
    }

    @Override
    public boolean start(Sweep sweep, SweepCandidate candidate) {
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(
                    t -> t.put(p -> p.tableName(table).item(SweepItems.sweepItem(sweep))
                            .conditionExpression("attribute_not_exists(pk)")),
                    t -> t.update(u -> u.tableName(table).key(SweepItems.candidateKey(candidate.owner()))
                            .updateExpression("SET activeSweep = :id, sweptSeq = :seq REMOVE gsi1pk, gsi1sk")
                            .conditionExpression(FREE + " AND creditSeq = :seq")
                            .expressionAttributeValues(Map.of(":id", s(sweep.id().toString()),
                                    ":seq", n(candidate.creditSeq()), ":false", AttributeValue.fromBool(false))))));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    @Override
    public void release(Sweep sweep, Instant now) {
        tryUpdate(sweep.address(), "REMOVE activeSweep", "activeSweep = :id", Map.of(":id", s(sweep.id().toString())));
        makeDue(sweep.address(), now, FREE + " AND creditSeq > sweptSeq");
    }

    @Override
    public Optional<Sweep> find(UUID id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(SweepItems.sweepKey(id))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(SweepItems.sweep(item));
    }

    @Override
    public List<Sweep> inState(SweepState state, int limit) {
        return dynamoDb.query(r -> r.tableName(table).indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :state")
                        .expressionAttributeValues(Map.of(":state", s(SweepItems.stateIndex(state))))
                        .limit(limit))
                .items().stream().map(SweepItems::sweep).toList();
    }

    @Override
    public boolean transition(Sweep current, Sweep next) {
        if (!current.id().equals(next.id()) || next.version() != current.version() + 1) {
            throw new IllegalArgumentException("a transition moves one sweep one version on");
        }
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(SweepItems.sweepItem(next))
                    .conditionExpression("version = :version")
                    .expressionAttributeValues(Map.of(":version", n(current.version()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private void makeDue(DepositAddress owner, Instant now, String condition) {
        tryUpdate(owner, "SET gsi1pk = :due, gsi1sk = :at", condition, Map.of(":due", s(SweepItems.DUE),
                ":at", s(SweepItems.timeKey(now, owner.address())), ":false", AttributeValue.fromBool(false)));
    }

    /** A conditional update whose failed condition means "nothing to do". */
    private void tryUpdate(DepositAddress owner, String expression, String condition,
                           Map<String, AttributeValue> values) {
        try {
            update(owner, expression, condition, values);
        } catch (ConditionalCheckFailedException e) {
            // the candidate moved on (claimed, credited again, or frozen): this change no longer applies
        }
    }

    private void update(DepositAddress owner, String expression, String condition, Map<String, AttributeValue> values) {
        UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(table)
                .key(SweepItems.candidateKey(owner)).updateExpression(expression).expressionAttributeValues(values);
        if (expression.contains("#")) {
            request.expressionAttributeNames(SweepItems.OWNER_NAMES);
        }
        if (condition != null) {
            request.conditionExpression(condition);
        }
        dynamoDb.updateItem(request.build());
    }
}
