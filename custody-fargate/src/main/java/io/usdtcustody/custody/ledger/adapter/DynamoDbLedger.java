package io.usdtcustody.custody.ledger.adapter;

import static io.usdtcustody.custody.ledger.adapter.LedgerItems.BALANCE_SK;
import static io.usdtcustody.custody.ledger.adapter.LedgerItems.balancePk;
import static io.usdtcustody.custody.ledger.adapter.LedgerItems.key;
import static io.usdtcustody.custody.ledger.adapter.LedgerItems.n;
import static io.usdtcustody.custody.ledger.adapter.LedgerItems.s;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.JournalEntry;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The funding ledger on DynamoDB. A transfer is one {@code TransactWriteItems}: the transfer item (condition
 * {@code attribute_not_exists}: the id is the idempotency key), the debit balance (condition: this tenant's
 * account, and enough funds unless it is a mirror account), the credit balance (condition: this tenant's
 * account, no overflow), a journal entry on each side, and the transfer's events in the outbox. Either all of
 * it happens or none of it does.
 * Tenant isolation lives here, in the conditions and key checks, not in callers.
 */
public final class DynamoDbLedger implements Ledger {
    private static final int MAX_ATTEMPTS = 12;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final DynamoDbOutbox outbox;
    private final LedgerEvents events;
    private final Clock clock;
    private final DoubleAdder consumedWriteCapacity = new DoubleAdder();

    public DynamoDbLedger(DynamoDbClient dynamoDb, String table, DynamoDbOutbox outbox, LedgerEvents events, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void open(AccountId account) {
        for (int shard = 0; shard < LedgerItems.shardCount(account); shard++) {
            Map<String, AttributeValue> item = new HashMap<>(key(balancePk(account, shard), BALANCE_SK));
            item.put("tenant", s(account.tenant().value()));
            item.put("account", s(account.key()));
            item.put("balance", n(0));
            item.put("openedAt", s(clock.instant().toString()));
            try {
                dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            } catch (ConditionalCheckFailedException alreadyOpen) {
                // opening is idempotent; the account key already names tenant, owner, asset and purpose
            }
        }
    }

    @Override
    public TransferReceipt transfer(TenantId tenant, TransferRequest request, List<OutboxEvent> alsoPublish) {
        requireTenant(tenant, request);
        if (alsoPublish.size() > 20) {
            throw new IllegalArgumentException("at most 20 events per transfer");
        }
        for (int attempt = 1; ; attempt++) {
            Instant appliedAt = clock.instant();
            try {
                List<TransactWriteItem> items = new ArrayList<>(items(request, appliedAt));
                items.add(outbox.put(events.transferApplied(request, appliedAt)));
                alsoPublish.forEach(event -> items.add(outbox.put(event)));
                dynamoDb.transactWriteItems(r -> r.transactItems(items)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                        .consumedCapacity().forEach(c -> consumedWriteCapacity.add(c.capacityUnits()));
                return new TransferReceipt(request, appliedAt, false);
            } catch (TransactionCanceledException e) {
                Optional<TransferReceipt> outcome = interpret(tenant, request, e.cancellationReasons());
                if (outcome.isPresent()) {
                    return outcome.get();
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new PlatformException(ErrorCode.UNAVAILABLE, "the ledger is busy; retry with the same transfer id", e);
                }
                backOff(attempt);
            }
        }
    }

    private List<TransactWriteItem> items(TransferRequest request, Instant at) {
        AccountId debit = request.debit();
        AccountId credit = request.credit();
        int debitShard = LedgerItems.shardFor(debit, request.transferId(), true);
        int creditShard = LedgerItems.shardFor(credit, request.transferId(), false);
        String amount = Long.toString(request.amount().minorUnits());
        String ceiling = Long.toString(Long.MAX_VALUE - request.amount().minorUnits());
        String debitCondition = debit.purpose().mayGoNegative()
                ? "tenant = :tenant AND account = :account"
                : "tenant = :tenant AND account = :account AND balance >= :amount";
        return List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(LedgerItems.transferItem(request, at))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(key(balancePk(debit, debitShard), BALANCE_SK))
                        .updateExpression("SET balance = balance - :amount")
                        .conditionExpression(debitCondition)
                        .expressionAttributeValues(Map.of(":tenant", s(debit.tenant().value()),
                                ":account", s(debit.key()), ":amount", AttributeValue.fromN(amount)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(key(balancePk(credit, creditShard), BALANCE_SK))
                        .updateExpression("SET balance = balance + :amount")
                        .conditionExpression("tenant = :tenant AND account = :account AND balance <= :ceiling")
                        .expressionAttributeValues(Map.of(":tenant", s(credit.tenant().value()),
                                ":account", s(credit.key()), ":amount", AttributeValue.fromN(amount),
                                ":ceiling", AttributeValue.fromN(ceiling)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(LedgerItems.journalItem(debit, debitShard, request, at, false))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(LedgerItems.journalItem(credit, creditShard, request, at, true))).build());
    }

    /** Turns cancellation reasons into an outcome; empty means "a conflicting transaction: retry". */
    private Optional<TransferReceipt> interpret(TenantId tenant, TransferRequest request, List<CancellationReason> reasons) {
        CancellationReason transfer = reasons.get(0);
        if (failedCondition(transfer)) {
            TransferReceipt existing = LedgerItems.receiptFrom(transfer.item(), true);
            if (existing.request().debit().tenant().equals(tenant)
                    && existing.request().payloadHash().equals(request.payloadHash())) {
                return Optional.of(existing);
            }
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "transfer id " + request.transferId() + " was already used for a different transfer");
        }
        if (failedCondition(reasons.get(1))) {
            throw accountFailure(reasons.get(1), request.debit(), ErrorCode.INSUFFICIENT_FUNDS,
                    "the debit account's available balance is not sufficient");
        }
        if (failedCondition(reasons.get(2))) {
            throw accountFailure(reasons.get(2), request.credit(), ErrorCode.LIMIT_EXCEEDED,
                    "the credit account's balance would exceed the largest representable amount");
        }
        return Optional.empty();
    }

    private static PlatformException accountFailure(CancellationReason reason, AccountId account, ErrorCode otherwise,
                                                    String detail) {
        Map<String, AttributeValue> item = reason.item();
        boolean visible = item != null && !item.isEmpty() && item.containsKey("tenant")
                && item.get("tenant").s().equals(account.tenant().value()) && account.key().equals(item.get("account").s());
        return visible ? new PlatformException(otherwise, detail)
                : new PlatformException(ErrorCode.NOT_FOUND, "no such account: " + account.key());
    }

    private static boolean failedCondition(CancellationReason reason) {
        return reason != null && "ConditionalCheckFailed".equals(reason.code());
    }

    private static void backOff(int attempt) {
        long ceilingMillis = Math.min(200, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted while retrying a transfer", e);
        }
    }

    private static void requireTenant(TenantId tenant, TransferRequest request) {
        if (!request.debit().tenant().equals(tenant)) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no such account: " + request.debit().key());
        }
    }

    @Override
    public Optional<Amount> balance(TenantId tenant, AccountId account) {
        if (!account.tenant().equals(tenant)) {
            return Optional.empty();
        }
        long total = 0;
        for (int shard = 0; shard < LedgerItems.shardCount(account); shard++) {
            String pk = balancePk(account, shard);
            Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                    .key(key(pk, BALANCE_SK)).consistentRead(true)).item();
            if (item == null || item.isEmpty() || !tenant.value().equals(item.get("tenant").s())) {
                return Optional.empty();
            }
            total = Math.addExact(total, Long.parseLong(item.get("balance").n()));
        }
        return Optional.of(Amount.of(total, account.asset()));
    }

    @Override
    public Optional<TransferReceipt> transfer(TenantId tenant, UUID transferId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(key(LedgerItems.transferPk(transferId), "TRANSFER")).consistentRead(true)).item();
        if (item == null || item.isEmpty() || !tenant.value().equals(item.get("tenant").s())) {
            return Optional.empty();
        }
        return Optional.of(LedgerItems.receiptFrom(item, true));
    }

    @Override
    public List<JournalEntry> journal(TenantId tenant, AccountId account, Instant from, Instant to, int limit) {
        if (!account.tenant().equals(tenant) || limit <= 0) {
            return List.of();
        }
        List<JournalEntry> entries = new ArrayList<>();
        for (int shard = 0; shard < LedgerItems.shardCount(account); shard++) {
            String pk = balancePk(account, shard);
            dynamoDb.queryPaginator(r -> r.tableName(table)
                            .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                            .expressionAttributeValues(Map.of(":pk", s(pk),
                                    ":from", s(LedgerItems.journalSkBound(from)),
                                    ":to", s(LedgerItems.journalSkBound(to.minusMillis(1)) + "~")))
                            .limit(limit))
                    .items().stream().limit(limit)
                    .filter(item -> tenant.value().equals(item.get("tenant").s()))
                    .map(item -> entry(account, item))
                    .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                    .forEach(entries::add);
        }
        entries.sort(Comparator.comparing(JournalEntry::at).thenComparing(e -> e.transferId().toString()));
        return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
    }

    private static JournalEntry entry(AccountId account, Map<String, AttributeValue> item) {
        return new JournalEntry(account, UUID.fromString(item.get("transferId").s()), Instant.parse(item.get("at").s()),
                Amount.of(Long.parseLong(item.get("signedMinor").n()), account.asset()),
                AccountId.parse(item.get("counterparty").s()), TransferKind.valueOf(item.get("kind").s()),
                item.get("reference").s());
    }

    @Override
    public Map<Asset, Long> trialBalance() {
        Map<Asset, BigInteger> sums = new HashMap<>();
        dynamoDb.scanPaginator(r -> r.tableName(table).filterExpression("sk = :balance")
                        .expressionAttributeValues(Map.of(":balance", s(BALANCE_SK)))
                        .projectionExpression("#account, balance")
                        .expressionAttributeNames(Map.of("#account", "account"))
                        .consistentRead(true))
                .items().forEach(item -> sums.merge(AccountId.parse(item.get("account").s()).asset(),
                        new BigInteger(item.get("balance").n()), BigInteger::add));
        Map<Asset, Long> result = new HashMap<>();
        sums.forEach((asset, sum) -> result.put(asset, sum.longValueExact()));
        return result;
    }

    /** Write capacity units consumed by transfers so far (from ReturnConsumedCapacity), for benchmarks. */
    public double consumedWriteCapacity() {
        return consumedWriteCapacity.sum();
    }
}
