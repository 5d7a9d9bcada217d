package io.usdtcustody.custody.ledger.adapter;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.model.money.Amount;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The ledger's item layout in its DynamoDB table (generic {@code pk}/{@code sk} keys):
 * <ul>
 *   <li>balance: {@code pk = ACCT#<account key>#<shard>}, {@code sk = BALANCE}; sharded purposes have
 *       {@link #SHARDS} such items, others one (shard 0);</li>
 *   <li>journal entry: same partition as its balance shard, {@code sk = J#<epoch millis, 13 digits>#<transfer id>};</li>
 *   <li>transfer: {@code pk = TRANSFER#<id>}, {@code sk = TRANSFER}, the idempotency record.</li>
 * </ul>
 */
final class LedgerItems {
    static final int SHARDS = 8;
    static final String PK = "pk";
    static final String SK = "sk";
    static final String BALANCE_SK = "BALANCE";

    private LedgerItems() {
    }

    static int shardCount(AccountId account) {
        return account.purpose().sharded() ? SHARDS : 1;
    }

    /** The shard a transfer uses on an account: derived from the transfer id, so a retry hits the same item. */
    static int shardFor(AccountId account, UUID transferId, boolean debitSide) {
        int count = shardCount(account);
        if (count == 1) {
            return 0;
        }
        long mix = transferId.getMostSignificantBits() ^ Long.rotateLeft(transferId.getLeastSignificantBits(), debitSide ? 17 : 41);
        return (int) Math.floorMod(mix, (long) count);
    }

    static String balancePk(AccountId account, int shard) {
        return "ACCT#" + account.key() + "#" + shard;
    }

    static String transferPk(UUID transferId) {
        return "TRANSFER#" + transferId;
    }

    static String journalSk(Instant at, UUID transferId) {
        return String.format("J#%013d#%s", at.toEpochMilli(), transferId);
    }

    static String journalSkBound(Instant at) {
        return String.format("J#%013d#", at.toEpochMilli());
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    static Map<String, AttributeValue> transferItem(TransferRequest request, Instant appliedAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(transferPk(request.transferId()), "TRANSFER"));
        item.put("tenant", s(request.debit().tenant().value()));
        item.put("debit", s(request.debit().key()));
        item.put("credit", s(request.credit().key()));
        item.put("amountMinor", n(request.amount().minorUnits()));
        item.put("kind", s(request.kind().name()));
        item.put("reference", s(request.reference()));
        item.put("payloadHash", s(request.payloadHash()));
        item.put("appliedAt", s(appliedAt.toString()));
        return item;
    }

    static TransferReceipt receiptFrom(Map<String, AttributeValue> item, boolean replayed) {
        AccountId debit = AccountId.parse(item.get("debit").s());
        AccountId credit = AccountId.parse(item.get("credit").s());
        UUID id = UUID.fromString(item.get(PK).s().substring("TRANSFER#".length()));
        TransferRequest request = new TransferRequest(id, debit, credit,
                Amount.of(Long.parseLong(item.get("amountMinor").n()), debit.asset()),
                TransferKind.valueOf(item.get("kind").s()), item.get("reference").s());
        return new TransferReceipt(request, Instant.parse(item.get("appliedAt").s()), replayed);
    }

    static Map<String, AttributeValue> journalItem(AccountId account, int shard, TransferRequest request, Instant at,
                                                   boolean credit) {
        Map<String, AttributeValue> item = new HashMap<>(key(balancePk(account, shard), journalSk(at, request.transferId())));
        item.put("tenant", s(account.tenant().value()));
        item.put("transferId", s(request.transferId().toString()));
        item.put("signedMinor", n(credit ? request.amount().minorUnits() : -request.amount().minorUnits()));
        item.put("counterparty", s((credit ? request.debit() : request.credit()).key()));
        item.put("kind", s(request.kind().name()));
        item.put("reference", s(request.reference()));
        item.put("at", s(at.toString()));
        return item;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
