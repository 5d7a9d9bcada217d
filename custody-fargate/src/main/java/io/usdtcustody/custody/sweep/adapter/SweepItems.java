package io.usdtcustody.custody.sweep.adapter;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.sweep.Sweep;
import io.usdtcustody.custody.sweep.SweepCandidate;
import io.usdtcustody.custody.sweep.SweepState;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The wallets-table items of sweeping. A candidate: {@code pk = SWEEP-CANDIDATE#<CHAIN>#<address>},
 * {@code sk = CANDIDATE}, listed under {@code gsi1pk = SWEEP-CANDIDATE#DUE} while due. A sweep:
 * {@code pk = SWEEP#<id>}, {@code sk = SWEEP}, listed under {@code gsi1pk = SWEEP-STATE#<state>} until it ends.
 * Sort keys start with zero-padded epoch milliseconds, so they order by time as strings.
 */
final class SweepItems {
    static final String CANDIDATE_SK = "CANDIDATE";
    static final String SWEEP_SK = "SWEEP";
    static final String DUE = "SWEEP-CANDIDATE#DUE";

    private SweepItems() {
    }

    static Map<String, AttributeValue> candidateKey(DepositAddress owner) {
        return Map.of("pk", s("SWEEP-CANDIDATE#" + owner.chain() + "#" + owner.address()), "sk", s(CANDIDATE_SK));
    }

    static Map<String, AttributeValue> sweepKey(UUID id) {
        return Map.of("pk", s("SWEEP#" + id), "sk", s(SWEEP_SK));
    }

    /** {@code <epoch millis, 15 digits>#<tail>}: a time-ordered sort key. */
    static String timeKey(Instant at, String tail) {
        return String.format(Locale.ROOT, "%015d#%s", at.toEpochMilli(), tail);
    }

    /** The owner's attributes, as every candidate write sets them. */
    static Map<String, AttributeValue> ownerValues(DepositAddress owner) {
        return Map.of(":type", s("SWEEP_CANDIDATE"), ":tenant", s(owner.tenant().value()),
                ":customer", s(owner.customerId()), ":chain", s(owner.chain().name()), ":address", s(owner.address()),
                ":index", n(owner.index()));
    }

    static final String SET_OWNER = "#type = :type, tenant = :tenant, customerId = :customer, chain = :chain, "
            + "address = :address, #index = :index";
    static final Map<String, String> OWNER_NAMES = Map.of("#type", "type", "#index", "index");

    static SweepCandidate candidate(Map<String, AttributeValue> item) {
        return new SweepCandidate(owner(item), Long.parseLong(item.get("creditSeq").n()),
                Long.parseLong(item.get("sweptSeq").n()),
                Optional.ofNullable(item.get("activeSweep")).map(v -> UUID.fromString(v.s())),
                Boolean.TRUE.equals(item.get("frozen").bool()));
    }

    static Map<String, AttributeValue> sweepItem(Sweep sweep) {
        Map<String, AttributeValue> item = new HashMap<>(sweepKey(sweep.id()));
        DepositAddress owner = sweep.address();
        item.put("type", s("SWEEP"));
        item.put("id", s(sweep.id().toString()));
        item.put("tenant", s(owner.tenant().value()));
        item.put("customerId", s(owner.customerId()));
        item.put("chain", s(owner.chain().name()));
        item.put("address", s(owner.address()));
        item.put("index", n(owner.index()));
        item.put("amount", s(sweep.amount().toString()));
        item.put("state", s(sweep.state().name()));
        item.put("topUpRound", n(sweep.topUpRound()));
        item.put("topUpWei", s(sweep.topUpWei().toString()));
        if (sweep.txHash() != null) {
            item.put("txHash", s(sweep.txHash()));
        }
        if (sweep.reason() != null) {
            item.put("reason", s(sweep.reason()));
        }
        item.put("createdAt", s(sweep.createdAt().toString()));
        item.put("updatedAt", s(sweep.updatedAt().toString()));
        item.put("version", n(sweep.version()));
        if (!sweep.state().terminal()) {
            item.put("gsi1pk", s(stateIndex(sweep.state())));
            item.put("gsi1sk", s(timeKey(sweep.createdAt(), sweep.id().toString())));
        }
        return item;
    }

    static String stateIndex(SweepState state) {
        return "SWEEP-STATE#" + state;
    }

    static Sweep sweep(Map<String, AttributeValue> item) {
        return new Sweep(UUID.fromString(item.get("id").s()), owner(item), new BigInteger(item.get("amount").s()),
                SweepState.valueOf(item.get("state").s()), Integer.parseInt(item.get("topUpRound").n()),
                new BigInteger(item.get("topUpWei").s()), text(item, "txHash"), text(item, "reason"),
                Instant.parse(item.get("createdAt").s()), Instant.parse(item.get("updatedAt").s()),
                Long.parseLong(item.get("version").n()));
    }

    private static DepositAddress owner(Map<String, AttributeValue> item) {
        return new DepositAddress(TenantId.of(item.get("tenant").s()), item.get("customerId").s(),
                Chain.valueOf(item.get("chain").s()), item.get("address").s(), Long.parseLong(item.get("index").n()));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
