package io.usdtcustody.custody.deposit.travelrule.adapter;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.custody.deposit.travelrule.HeldDeposit;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Held deposits in the {@code wallets} table: {@code pk = HELD-DEPOSIT#<tenant>#<chain>#<txHash>},
 * {@code sk = LOG#<logIndex, 10 digits>}, so one query finds every held log of a transaction and the tenant is in
 * every key. Creation is conditional on absence; an update is conditional on the version and commits its event
 * to the outbox in the same transaction. The review queue is one small item per deposit still held,
 * {@code pk = HELD-DEPOSITS#<tenant>}, {@code sk = <heldAt epoch millis>#<txHash>#<logIndex>}: written with the hold, deleted in
 * the transaction that releases or rejects it.
 */
public final class DynamoDbHeldDepositStore implements HeldDepositStore {
    private static final String QUEUE = "HELD-DEPOSITS#";
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final DynamoDbOutbox outbox;

    public DynamoDbHeldDepositStore(DynamoDbClient dynamoDb, String table, DynamoDbOutbox outbox) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public boolean create(HeldDeposit held) {
        if (held.version() != 0) {
            throw new IllegalArgumentException("a new hold has version 0");
        }
        Map<String, AttributeValue> queued = new HashMap<>(queueKey(held));
        queued.put("txHash", AttributeValue.fromS(held.transfer().txHash()));
        queued.put("logIndex", AttributeValue.fromN(Long.toString(held.transfer().logIndex())));
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(
                    t -> t.put(p -> p.tableName(table).item(item(held)).conditionExpression("attribute_not_exists(pk)")),
                    t -> t.put(p -> p.tableName(table).item(queued))));
            return true;
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<HeldDeposit> find(TenantId tenant, Chain chain, String txHash, long logIndex) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS(partition(tenant, chain, txHash)),
                        "sk", AttributeValue.fromS(sort(logIndex)))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(held(tenant, chain, item));
    }

    @Override
    public List<HeldDeposit> forTransaction(TenantId tenant, Chain chain, String txHash) {
        return dynamoDb.queryPaginator(r -> r.tableName(table).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(tenant, chain, txHash))))
                        .consistentRead(true))
                .items().stream().map(item -> held(tenant, chain, item)).toList();
    }

    @Override
    public List<HeldDeposit> waiting(TenantId tenant, int limit) {
        return dynamoDb.query(r -> r.tableName(table).keyConditionExpression("pk = :pk").limit(limit)
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(QUEUE + tenant.value())))
                        .consistentRead(true))
                .items().stream()
                .map(item -> find(tenant, Chain.ETHEREUM, item.get("txHash").s(), Long.parseLong(item.get("logIndex").n())))
                .flatMap(Optional::stream).filter(h -> h.state() == HeldDeposit.State.HELD).toList();
    }

    @Override
    public boolean update(HeldDeposit next, Optional<OutboxEvent> event) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(item(next))
                .conditionExpression("version = :expected")
                .expressionAttributeValues(Map.of(":expected",
                        AttributeValue.fromN(Long.toString(next.version() - 1))))).build());
        if (next.state() != HeldDeposit.State.HELD) {
            items.add(TransactWriteItem.builder().delete(d -> d.tableName(table).key(queueKey(next))).build());
        }
        event.ifPresent(e -> items.add(outbox.put(e)));
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(items));
            return true;
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, AttributeValue> item(HeldDeposit h) {
        TokenTransfer t = h.transfer();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(partition(h.owner().tenant(), h.owner().chain(), t.txHash())));
        item.put("sk", AttributeValue.fromS(sort(t.logIndex())));
        item.put("customerId", AttributeValue.fromS(h.owner().customerId()));
        item.put("address", AttributeValue.fromS(h.owner().address()));
        item.put("addressIndex", AttributeValue.fromN(Long.toString(h.owner().index())));
        item.put("logIndex", AttributeValue.fromN(Long.toString(t.logIndex())));
        item.put("blockNumber", AttributeValue.fromN(Long.toString(t.blockNumber())));
        item.put("blockHash", AttributeValue.fromS(t.blockHash()));
        item.put("from", AttributeValue.fromS(t.from()));
        item.put("to", AttributeValue.fromS(t.to()));
        item.put("value", AttributeValue.fromS(t.value().toString()));
        item.put("confirmations", AttributeValue.fromN(Integer.toString(h.confirmations())));
        item.put("state", AttributeValue.fromS(h.state().name()));
        item.put("reason", AttributeValue.fromS(h.reason()));
        item.put("detail", AttributeValue.fromS(h.detail()));
        item.put("heldAt", AttributeValue.fromS(h.heldAt().toString()));
        if (h.resolvedBy() != null) {
            item.put("resolvedBy", AttributeValue.fromS(h.resolvedBy()));
            item.put("resolvedAt", AttributeValue.fromS(h.resolvedAt().toString()));
        }
        if (h.resolutionNote() != null) {
            item.put("resolutionNote", AttributeValue.fromS(h.resolutionNote()));
        }
        item.put("version", AttributeValue.fromN(Long.toString(h.version())));
        return item;
    }

    private static HeldDeposit held(TenantId tenant, Chain chain, Map<String, AttributeValue> item) {
        String pk = item.get("pk").s();
        String txHash = pk.substring(pk.lastIndexOf('#') + 1);
        DepositAddress owner = new DepositAddress(tenant, item.get("customerId").s(), chain, item.get("address").s(),
                Long.parseLong(item.get("addressIndex").n()));
        TokenTransfer transfer = new TokenTransfer(txHash, Long.parseLong(item.get("logIndex").n()),
                Long.parseLong(item.get("blockNumber").n()), item.get("blockHash").s(), item.get("from").s(),
                item.get("to").s(), new BigInteger(item.get("value").s()));
        return new HeldDeposit(owner, transfer, Integer.parseInt(item.get("confirmations").n()),
                HeldDeposit.State.valueOf(item.get("state").s()), item.get("reason").s(), item.get("detail").s(),
                Instant.parse(item.get("heldAt").s()), text(item, "resolvedBy"), text(item, "resolutionNote"),
                item.containsKey("resolvedAt") ? Instant.parse(item.get("resolvedAt").s()) : null,
                Long.parseLong(item.get("version").n()));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }

    private static Map<String, AttributeValue> queueKey(HeldDeposit h) {
        return Map.of("pk", AttributeValue.fromS(QUEUE + h.owner().tenant().value()),
                "sk", AttributeValue.fromS(String.format("%013d#%s#%d", h.heldAt().toEpochMilli(),
                        h.transfer().txHash(), h.transfer().logIndex())));
    }

    private static String partition(TenantId tenant, Chain chain, String txHash) {
        return "HELD-DEPOSIT#" + tenant.value() + "#" + chain + "#" + txHash.toLowerCase(Locale.ROOT);
    }

    private static String sort(long logIndex) {
        return String.format("LOG#%010d", logIndex);
    }
}
