package io.usdtcustody.functions.onboarding.customer.adapter;

import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of onboarding's items in the customers table (generic {@code pk}/{@code sk}/{@code gsi1}), every one
 * starting with the tenant so that no key can name another tenant's data. A customer's items form one item
 * collection, shared with the KYC function's case items ({@code sk KYCCASE#…}) and its standing ({@code sk KYC},
 * which onboarding reads); the keys both functions use are defined once, in shared-model's {@link CustomerTable}:
 * <pre>
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk CUSTOMER                      the customer (identity, status, screening)
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk PROFILE#&lt;version, 10 digits&gt;   each profile version, never overwritten
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk CONSENT#&lt;recordedAt&gt;#&lt;consentId&gt;  each consent grant or withdrawal
 * gsi1pk TENANT#&lt;t&gt;#CUSTOMERS  gsi1sk CUSTOMER#&lt;createdAt&gt;#&lt;id&gt;  (customer item only) a tenant's customers by age
 * </pre>
 * Times in keys are fixed-width UTC ({@code 2026-11-25T10:00:00.000Z}) so that they sort as text.
 * Every item also carries {@code tenant}, which reads check against the tenant asked for.
 */
public final class CustomerKeys {
    public static final String PK = CustomerTable.PK;
    public static final String SK = CustomerTable.SK;
    public static final String GSI1_PK = CustomerTable.GSI1_PK;
    public static final String GSI1_SK = CustomerTable.GSI1_SK;
    public static final String TENANT = CustomerTable.TENANT;
    public static final String CUSTOMER_SK = CustomerTable.CUSTOMER_SK;
    public static final String PROFILE_PREFIX = "PROFILE#";
    public static final String CONSENT_PREFIX = "CONSENT#";
    /** The customer item's current profile version, which profile writes condition on. */
    public static final String PROFILE_VERSION = "profileVersion";

    private CustomerKeys() {
    }

    public static String partition(TenantId tenant, String customerId) {
        return CustomerTable.customerPartition(tenant, customerId);
    }

    public static Map<String, AttributeValue> customerKey(TenantId tenant, String customerId) {
        return key(tenant, customerId, CUSTOMER_SK);
    }

    public static Map<String, AttributeValue> key(TenantId tenant, String customerId, String sortKey) {
        return Map.of(PK, AttributeValue.fromS(partition(tenant, customerId)), SK, AttributeValue.fromS(sortKey));
    }

    public static String profileSort(int version) {
        return PROFILE_PREFIX + String.format("%010d", version);
    }

    /** A fixed-width, text-sortable UTC time for sort keys (millisecond precision). */
    public static String sortableTime(Instant instant) {
        return CustomerTable.sortableTime(instant);
    }

    public static String tenantIndexPartition(TenantId tenant) {
        return CustomerTable.tenantCustomersPartition(tenant);
    }

    /**
     * Defence in depth: an item read under {@code tenant}'s key must say it belongs to {@code tenant}. A mismatch
     * means a key-building bug, and failing is better than showing one tenant another's customer.
     */
    public static Map<String, AttributeValue> requireTenant(Map<String, AttributeValue> item, TenantId tenant) {
        AttributeValue owner = item.get(TENANT);
        if (owner == null || !tenant.value().equals(owner.s())) {
            throw new IllegalStateException("an item read under one tenant's key belongs to another tenant");
        }
        return item;
    }
}
