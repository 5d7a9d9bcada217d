package io.usdtcustody.custody.withdrawal.adapter;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Withdrawal items in the wallets table: {@code pk = WD#<tenant>#<id>}, {@code sk = WD}, indexed by state on
 * {@code gsi1} ({@code WDSTATE#<state>}, updated-at) for workers and recovery; idempotency keys as
 * {@code pk = WDKEY#<tenant>#<key>}, {@code sk = WDKEY}.
 */
final class WithdrawalItems {
    private WithdrawalItems() {
    }

    static Map<String, AttributeValue> key(TenantId tenant, UUID id) {
        return Map.of("pk", s("WD#" + tenant.value() + "#" + id), "sk", s("WD"));
    }

    static Map<String, AttributeValue> idempotencyKey(TenantId tenant, String idempotencyKey) {
        return Map.of("pk", s("WDKEY#" + tenant.value() + "#" + idempotencyKey), "sk", s("WDKEY"));
    }

    static Map<String, AttributeValue> toItem(Withdrawal w) {
        Map<String, AttributeValue> item = new HashMap<>(key(w.tenant(), w.id()));
        WithdrawalRequest r = w.request();
        item.put("gsi1pk", s("WDSTATE#" + w.state()));
        item.put("gsi1sk", s(w.updatedAt() + "#" + w.id()));
        item.put("id", s(w.id().toString()));
        item.put("tenant", s(w.tenant().value()));
        item.put("customerId", s(r.customerId()));
        item.put("assetCode", s(r.amount().asset().code()));
        item.put("chain", s(r.amount().asset().chain().name()));
        item.put("decimals", n(r.amount().asset().decimals()));
        item.put("amountMinor", n(r.amount().minorUnits()));
        item.put("destination", s(r.destination()));
        item.put("payloadHash", s(r.payloadHash()));
        if (r.hasTravelRuleData()) {
            item.put("travelRule", s(r.travelRule()));
        }
        item.put("state", s(w.state().name()));
        item.put("version", n(w.version()));
        item.put("createdAt", s(w.createdAt().toString()));
        item.put("updatedAt", s(w.updatedAt().toString()));
        item.put("holdPlaced", AttributeValue.fromBool(w.holdPlaced()));
        item.put("ledgerSettled", AttributeValue.fromBool(w.ledgerSettled()));
        if (w.reason() != null) {
            item.put("reason", s(w.reason()));
        }
        if (w.txHash() != null) {
            item.put("txHash", s(w.txHash()));
        }
        return item;
    }

    static Withdrawal fromItem(Map<String, AttributeValue> item) {
        Asset asset = new Asset(item.get("assetCode").s(), Chain.valueOf(item.get("chain").s()),
                Integer.parseInt(item.get("decimals").n()));
        WithdrawalRequest request = new WithdrawalRequest(item.get("customerId").s(),
                Amount.of(Long.parseLong(item.get("amountMinor").n()), asset), item.get("destination").s(),
                item.containsKey("travelRule") ? item.get("travelRule").s() : "");
        return new Withdrawal(UUID.fromString(item.get("id").s()), TenantId.of(item.get("tenant").s()), request,
                WithdrawalState.valueOf(item.get("state").s()), Long.parseLong(item.get("version").n()),
                Instant.parse(item.get("createdAt").s()), Instant.parse(item.get("updatedAt").s()),
                item.containsKey("reason") ? item.get("reason").s() : null,
                item.containsKey("txHash") ? item.get("txHash").s() : null,
                item.get("holdPlaced").bool(), item.get("ledgerSettled").bool());
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
