package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The wallets-table items behind deposit addresses. Tenant ids contain no {@code #}, so a key that ends with
 * a free-form customer id is still unambiguous.
 * <ul>
 *   <li>assignment: {@code pk = DEPOSIT-ADDRESS#<tenant>#<customer>}, {@code sk = <CHAIN>}; listed per tenant
 *       and chain in index order by {@code gsi1pk = DEPOSIT-ADDRESSES#<tenant>#<CHAIN>},
 *       {@code gsi1sk = <index, 10 digits>};</li>
 *   <li>reverse lookup: {@code pk = DEPOSIT-OWNER#<CHAIN>#<normalised address>}, {@code sk = OWNER};</li>
 *   <li>index counter: {@code pk = DEPOSIT-INDEX#<tenant>#<CHAIN>}, {@code sk = COUNTER}, attribute
 *       {@code nextIndex}.</li>
 * </ul>
 */
final class DepositAddressItems {
    static final String NEXT_INDEX = "nextIndex";

    private DepositAddressItems() {
    }

    static Map<String, AttributeValue> assignmentKey(TenantId tenant, String customerId, Chain chain) {
        return key("DEPOSIT-ADDRESS#" + tenant.value() + "#" + customerId, chain.name());
    }

    static Map<String, AttributeValue> ownerKey(Chain chain, String normalizedAddress) {
        return key("DEPOSIT-OWNER#" + chain.name() + "#" + normalizedAddress, "OWNER");
    }

    static Map<String, AttributeValue> counterKey(TenantId tenant, Chain chain) {
        return key("DEPOSIT-INDEX#" + tenant.value() + "#" + chain.name(), "COUNTER");
    }

    static Map<String, AttributeValue> assignmentItem(DepositAddress address) {
        Map<String, AttributeValue> item = attributes(address, "DEPOSIT_ADDRESS");
        item.putAll(assignmentKey(address.tenant(), address.customerId(), address.chain()));
        item.put("gsi1pk", s("DEPOSIT-ADDRESSES#" + address.tenant().value() + "#" + address.chain().name()));
        item.put("gsi1sk", s(String.format(Locale.ROOT, "%010d", address.index())));
        return item;
    }

    static Map<String, AttributeValue> ownerItem(DepositAddress address) {
        Map<String, AttributeValue> item = attributes(address, "DEPOSIT_OWNER");
        item.putAll(ownerKey(address.chain(), address.address()));
        return item;
    }

    /** Whether {@code item} is a stored assignment or owner item (an ALL_OLD image may be empty). */
    static boolean isDepositAddress(Map<String, AttributeValue> item) {
        return item != null && item.containsKey("address") && item.containsKey("addressIndex");
    }

    static DepositAddress fromItem(Map<String, AttributeValue> item) {
        return new DepositAddress(TenantId.of(item.get("tenant").s()), item.get("customerId").s(),
                Chain.valueOf(item.get("chain").s()), item.get("address").s(),
                Long.parseLong(item.get("addressIndex").n()));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static Map<String, AttributeValue> attributes(DepositAddress address, String type) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("type", s(type));
        item.put("tenant", s(address.tenant().value()));
        item.put("customerId", s(address.customerId()));
        item.put("chain", s(address.chain().name()));
        item.put("address", s(address.address()));
        item.put("addressIndex", AttributeValue.fromN(Long.toString(address.index())));
        return item;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }
}
