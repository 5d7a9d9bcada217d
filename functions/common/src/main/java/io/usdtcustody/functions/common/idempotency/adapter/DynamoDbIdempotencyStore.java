package io.usdtcustody.functions.common.idempotency.adapter;

import io.usdtcustody.functions.common.idempotency.IdempotencyRecord;
import io.usdtcustody.functions.common.idempotency.IdempotencyStatus;
import io.usdtcustody.functions.common.idempotency.PayloadHash;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * {@link IdempotencyStore} on the catalogue's {@code idempotency} table (partition key {@code id}, TTL on
 * {@code expiration}). One item per keyed request:
 * <pre>
 * id                    S  TENANT#&lt;tenant&gt;#&lt;METHOD /resource/{template}&gt;#&lt;client key&gt;
 * status                S  INPROGRESS | COMPLETED
 * payloadHash           S  SHA-256 hex of path + canonical body
 * expiration            N  epoch seconds; DynamoDB's TTL deletes the item some time after it
 * inProgressExpiration  N  epoch milliseconds; an INPROGRESS claim older than this can be taken over
 * responseStatus        N  \
 * responseHeaders       M   } the stored 2xx response, once COMPLETED
 * responseBody          S  /
 * </pre>
 * TTL deletion is lazy (it can lag by days), so expiry is also enforced in every condition: an expired item
 * is treated as absent. Claims are one conditional {@code PutItem}, so exactly one concurrent invocation wins.
 */
public final class DynamoDbIdempotencyStore implements IdempotencyStore {
    static final String ID = "id";
    static final String STATUS = "status";
    static final String PAYLOAD_HASH = "payloadHash";
    static final String EXPIRATION = "expiration";
    static final String IN_PROGRESS_EXPIRATION = "inProgressExpiration";
    static final String RESPONSE_STATUS = "responseStatus";
    static final String RESPONSE_HEADERS = "responseHeaders";
    static final String RESPONSE_BODY = "responseBody";
    private static final String LIVE_CLAIM = "#status = :inprogress AND " + PAYLOAD_HASH + " = :hash";
    /** A claim that loses its race to a record deleted meanwhile tries again, at most this often. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbIdempotencyStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord claim, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.putItem(put -> put.tableName(table).item(item(claim))
                        .conditionExpression("attribute_not_exists(" + ID + ") OR " + EXPIRATION + " <= :nowSeconds OR ("
                                + "#status = :inprogress AND " + IN_PROGRESS_EXPIRATION + " <= :nowMillis)")
                        .expressionAttributeNames(Map.of("#status", STATUS))
                        .expressionAttributeValues(Map.of(
                                ":nowSeconds", number(now.getEpochSecond()),
                                ":nowMillis", number(now.toEpochMilli()),
                                ":inprogress", AttributeValue.fromS(IdempotencyStatus.INPROGRESS.name())))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
                return Optional.empty();
            } catch (ConditionalCheckFailedException e) {
                Optional<IdempotencyRecord> blocking = e.hasItem() ? Optional.of(record(e.item())) : find(claim.id());
                if (blocking.isPresent() && blocking.get().isLiveAt(now)) {
                    return blocking;
                }
                if (attempt == CLAIM_ATTEMPTS) {
                    throw new IllegalStateException("idempotency record kept changing during the claim", e);
                }
            }
        }
    }

    @Override
    public boolean complete(String id, PayloadHash payloadHash, StoredResponse response, Instant expiresAt) {
        Map<String, AttributeValue> headers = new HashMap<>();
        response.headers().forEach((name, value) -> headers.put(name, AttributeValue.fromS(value)));
        try {
            dynamoDb.updateItem(update -> update.tableName(table).key(Map.of(ID, AttributeValue.fromS(id)))
                    .updateExpression("SET #status = :completed, " + EXPIRATION + " = :expiration, "
                            + RESPONSE_STATUS + " = :responseStatus, " + RESPONSE_HEADERS + " = :responseHeaders, "
                            + RESPONSE_BODY + " = :responseBody")
                    .conditionExpression(LIVE_CLAIM)
                    .expressionAttributeNames(Map.of("#status", STATUS))
                    .expressionAttributeValues(Map.of(
                            ":completed", AttributeValue.fromS(IdempotencyStatus.COMPLETED.name()),
                            ":inprogress", AttributeValue.fromS(IdempotencyStatus.INPROGRESS.name()),
                            ":hash", AttributeValue.fromS(payloadHash.hex()),
                            ":expiration", number(expiresAt.getEpochSecond()),
                            ":responseStatus", number(response.statusCode()),
                            ":responseHeaders", AttributeValue.fromM(headers),
                            ":responseBody", AttributeValue.fromS(response.body()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void release(String id, PayloadHash payloadHash) {
        try {
            dynamoDb.deleteItem(delete -> delete.tableName(table).key(Map.of(ID, AttributeValue.fromS(id)))
                    .conditionExpression(LIVE_CLAIM)
                    .expressionAttributeNames(Map.of("#status", STATUS))
                    .expressionAttributeValues(Map.of(
                            ":inprogress", AttributeValue.fromS(IdempotencyStatus.INPROGRESS.name()),
                            ":hash", AttributeValue.fromS(payloadHash.hex()))));
        } catch (ConditionalCheckFailedException e) {
            // completed meanwhile, or taken over by another invocation: theirs stands
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String id) {
        var response = dynamoDb.getItem(get -> get.tableName(table).key(Map.of(ID, AttributeValue.fromS(id)))
                .consistentRead(true));
        return response.hasItem() ? Optional.of(record(response.item())) : Optional.empty();
    }

    private static Map<String, AttributeValue> item(IdempotencyRecord record) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ID, AttributeValue.fromS(record.id()));
        item.put(STATUS, AttributeValue.fromS(record.status().name()));
        item.put(PAYLOAD_HASH, AttributeValue.fromS(record.payloadHash().hex()));
        item.put(EXPIRATION, number(record.expiresAt().getEpochSecond()));
        item.put(IN_PROGRESS_EXPIRATION, number(record.lockedUntil().toEpochMilli()));
        return item;
    }

    private static IdempotencyRecord record(Map<String, AttributeValue> item) {
        IdempotencyStatus status = IdempotencyStatus.valueOf(item.get(STATUS).s());
        Optional<StoredResponse> response = Optional.empty();
        if (item.containsKey(RESPONSE_STATUS)) {
            Map<String, String> headers = new HashMap<>();
            item.get(RESPONSE_HEADERS).m().forEach((name, value) -> headers.put(name, value.s()));
            response = Optional.of(new StoredResponse(Integer.parseInt(item.get(RESPONSE_STATUS).n()), headers,
                    item.get(RESPONSE_BODY).s()));
        }
        return new IdempotencyRecord(item.get(ID).s(), status, new PayloadHash(item.get(PAYLOAD_HASH).s()),
                Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRATION).n())),
                Instant.ofEpochMilli(Long.parseLong(item.get(IN_PROGRESS_EXPIRATION).n())), response);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
