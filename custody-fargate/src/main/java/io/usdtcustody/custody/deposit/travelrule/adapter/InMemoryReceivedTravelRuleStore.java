package io.usdtcustody.custody.deposit.travelrule.adapter;

import io.usdtcustody.custody.deposit.travelrule.ReceivedTravelRule;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ReceivedTravelRuleStore} in memory, for tests and the single-process demo. */
public final class InMemoryReceivedTravelRuleStore implements ReceivedTravelRuleStore {
    private final Map<String, String> hashByKey = new HashMap<>();
    private final Map<String, ReceivedTravelRule> entries = new LinkedHashMap<>();

    @Override
    public synchronized Saved save(String idempotencyKey, String payloadHash, ReceivedTravelRule data) {
        String key = data.tenant().value() + "#" + idempotencyKey;
        String earlier = hashByKey.get(key);
        if (earlier != null) {
            if (!earlier.equals(payloadHash)) {
                throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "the Idempotency-Key was used for other Travel Rule data");
            }
            return new Saved(true);
        }
        hashByKey.put(key, payloadHash);
        entries.put(entryKey(data), data);
        return new Saved(false);
    }

    @Override
    public synchronized List<ReceivedTravelRule> forTransaction(TenantId tenant, Chain chain, String txHash) {
        List<ReceivedTravelRule> found = new ArrayList<>();
        for (ReceivedTravelRule data : entries.values()) {
            if (data.tenant().equals(tenant) && data.chain() == chain && data.txHash().equalsIgnoreCase(txHash)) {
                found.add(data);
            }
        }
        return found;
    }

    private static String entryKey(ReceivedTravelRule data) {
        return data.tenant().value() + "#" + data.chain() + "#" + data.txHash() + "#" + data.destinationAddress() + "#"
                + (data.logIndex() == null ? "*" : data.logIndex());
    }
}
