package io.usdtcustody.custody.audit.adapter;

import static io.usdtcustody.custody.audit.adapter.AuditItems.s;

import io.usdtcustody.custody.audit.AuditEntry;
import io.usdtcustody.custody.audit.AuditHashChain;
import io.usdtcustody.custody.audit.AuditHead;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.AuditTrail;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The hash-chained audit log on the catalogue's AUDIT table (layout in {@link AuditItems}). An append reads the
 * head (strongly consistent), computes the next entry, and commits one {@code TransactWriteItems}: put the
 * entry ({@code attribute_not_exists}) and move the head (conditional on the sequence it was read at). Of
 * concurrent appenders exactly one wins each sequence; the others learn the new head from the cancellation
 * and try again (bounded, jittered), so the chain stays linear: no gap, no fork.
 *
 * <p>SDK-level retries of one transaction reuse its client request token, so a lost response cannot append a
 * record twice; a retry here is a new entry, made only after the old one is known not to have committed.
 * One partition per log bounds throughput to that partition's write capacity (about 500 appends per second
 * with the two-item transaction), ample for decisions, approvals and signatures.
 */
public final class DynamoDbAuditLog implements AuditLog, AuditTrail {
    public static final String DEFAULT_LOG = "custody";
    /** Enough for dozens of appenders racing for one head; each lost race means another appender progressed. */
    static final int MAX_ATTEMPTS = 200;
    private static final Pattern LOG_NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String pk;
    private final Clock clock;

    public DynamoDbAuditLog(DynamoDbClient dynamoDb, String table, Clock clock) {
        this(dynamoDb, table, DEFAULT_LOG, clock);
    }

    public DynamoDbAuditLog(DynamoDbClient dynamoDb, String table, String log, Clock clock) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        if (!isValidLogName(log)) {
            throw new IllegalArgumentException("a log name is lower-case letters, digits and dashes");
        }
        this.pk = AuditItems.pk(log);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Log names become part of the partition key: lower-case letters, digits and dashes. */
    public static boolean isValidLogName(String log) {
        return log != null && LOG_NAME.matcher(log).matches();
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        AuditHead head = head().orElse(null);
        for (int attempt = 1; ; attempt++) {
            AuditEntry entry = AuditHashChain.next(head, clock.instant(), record);
            try {
                List<TransactWriteItem> items = List.of(putEntry(entry), moveHead(head, entry));
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return entry;
            } catch (TransactionCanceledException e) {
                head = afterLostRace(head, e.cancellationReasons());
                if (attempt >= MAX_ATTEMPTS) {
                    throw new PlatformException(ErrorCode.UNAVAILABLE, "the audit log is busy; try again", e);
                }
                backOff(attempt);
            }
        }
    }

    @Override
    public Optional<AuditHead> head() {
        GetItemResponse response = dynamoDb.getItem(r -> r.tableName(table)
                .key(AuditItems.key(pk, AuditItems.HEAD_SK)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(AuditItems.head(response.item())) : Optional.empty();
    }

    @Override
    public Stream<AuditEntry> entries(long throughSequence) {
        if (throughSequence < 0) {
            return Stream.empty();
        }
        return dynamoDb.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :first AND :last")
                        .expressionAttributeValues(Map.of(":pk", s(pk), ":first", s(AuditItems.entrySk(0)),
                                ":last", s(AuditItems.entrySk(throughSequence)))))
                .items().stream().map(AuditItems::entry);
    }

    private TransactWriteItem putEntry(AuditEntry entry) {
        return TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(AuditItems.entryItem(pk, entry))
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private TransactWriteItem moveHead(AuditHead expected, AuditEntry entry) {
        Map<String, AttributeValue> item = AuditItems.headItem(pk, entry);
        return TransactWriteItem.builder().put(p -> {
            p.tableName(table).item(item).returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            if (expected == null) {
                p.conditionExpression("attribute_not_exists(pk)");
            } else {
                p.conditionExpression("lastSequence = :expected AND lastHash = :expectedHash")
                        .expressionAttributeValues(Map.of(
                                ":expected", AttributeValue.fromN(Long.toString(expected.lastSequence())),
                                ":expectedHash", s(expected.lastHash())));
            }
        }).build();
    }

    /** The head to build on next: from the cancellation when it carries it, otherwise read again. */
    private AuditHead afterLostRace(AuditHead stale, List<CancellationReason> reasons) {
        boolean entryTaken = failedCondition(reasons, 0);
        boolean headMoved = failedCondition(reasons, 1);
        if (entryTaken && !headMoved) {
            // The head still says `stale`, yet the next entry exists: only a repair (or tampering) does that.
            throw new PlatformException(ErrorCode.INTERNAL,
                    "the audit log's head is behind its entries; run `audit verify` before appending");
        }
        Map<String, AttributeValue> current = headMoved ? reasons.get(1).item() : null;
        if (current != null && current.containsKey("lastSequence")) {
            return AuditItems.head(current);
        }
        return head().orElse(null);
    }

    private static boolean failedCondition(List<CancellationReason> reasons, int position) {
        return reasons.size() > position && "ConditionalCheckFailed".equals(reasons.get(position).code());
    }

    private static void backOff(int attempt) {
        long ceilingMillis = Math.min(25, 2L << Math.min(attempt, 4));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(0, ceilingMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted while appending to the audit log", e);
        }
    }
}
