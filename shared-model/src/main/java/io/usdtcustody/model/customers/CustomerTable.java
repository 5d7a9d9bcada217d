package io.usdtcustody.model.customers;

import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one definition of the customers table's shared items: their keys, and the attributes one function writes
 * and another reads. Onboarding and KYC keep each customer's items in one item collection, every key starting
 * with the tenant so that no key can name another tenant's data:
 * <pre>
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk CUSTOMER            onboarding: the customer (identity, status, screening)
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk PROFILE#…, CONSENT#…   onboarding: profile versions, consents
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk KYCCASE#&lt;caseId&gt;     KYC: a case
 * pk TENANT#&lt;t&gt;#CUSTOMER#&lt;id&gt;  sk KYC                 KYC: the customer's standing ({@link KycStandingStatus})
 * pk TENANT#&lt;t&gt;#KYCCASE#&lt;caseId&gt; sk KYCCASE           KYC: pointer from a case id to its customer
 * gsi1pk TENANT#&lt;t&gt;#CUSTOMERS   gsi1sk CUSTOMER#&lt;createdAt&gt;#&lt;id&gt;   a tenant's customers by age
 * gsi1pk TENANT#&lt;t&gt;#KYCREVIEWS  gsi1sk &lt;updatedAt&gt;#&lt;caseId&gt;         a tenant's cases IN_REVIEW, oldest first
 * </pre>
 * Times in keys are fixed-width UTC ({@link #sortableTime}) so that they sort as text.
 * Every item also carries {@link #TENANT}, which readers check against the tenant they asked for. Onboarding
 * reads the standing's {@link #STANDING_STATUS} before it hands out a deposit address; KYC reads the customer's
 * {@link #SCREENING} map (shape in {@link #SCREENING_OUTCOME} … {@link #HIT_EXPLANATION}) before it decides a case.
 * SDK-free: each function's adapter turns these names into DynamoDB attribute values.
 */
public final class CustomerTable {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String TENANT = "tenant";
    public static final String TYPE = "type";
    /** The table's one overloaded global index ({@code ResourceCatalogue.CUSTOMERS}) and its keys. */
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";

    /** Sort key of onboarding's customer item. */
    public static final String CUSTOMER_SK = "CUSTOMER";
    /** Sort key of KYC's standing item. */
    public static final String STANDING_SK = "KYC";
    /** Sort-key prefix of KYC's case items. */
    public static final String CASE_PREFIX = "KYCCASE#";
    /** Sort key of the pointer item that finds a case by its id alone. */
    public static final String CASE_POINTER_SK = "KYCCASE";

    /** The standing item's status, a {@link KycStandingStatus} name. */
    public static final String STANDING_STATUS = "status";

    /** The customer item's onboarding screening: a map with the attributes below. */
    public static final String SCREENING = "screening";
    /** {@code CLEAR} or {@code MATCH} ({@link #SCREENING_MATCH}). */
    public static final String SCREENING_OUTCOME = "outcome";
    public static final String SCREENING_MATCH = "MATCH";
    public static final String SCREENING_LIST_SOURCE = "listSource";
    public static final String SCREENING_THRESHOLD = "threshold";
    public static final String SCREENING_SCREENED_AT = "screenedAt";
    /** A list of hit maps, each with the {@code HIT_*} attributes. The KYC case's review hits have the same shape. */
    public static final String SCREENING_HITS = "hits";
    public static final String HIT_ENTRY_ID = "entryId";
    public static final String HIT_PRIMARY_NAME = "primaryName";
    public static final String HIT_MATCHED_NAME = "matchedName";
    public static final String HIT_PROGRAMS = "programs";
    public static final String HIT_SCORE = "score";
    public static final String HIT_EXPLANATION = "explanation";

    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CustomerTable() {
    }

    /** A fixed-width, text-sortable UTC time for sort keys (millisecond precision). */
    public static String sortableTime(Instant instant) {
        return SORTABLE_TIME.format(instant);
    }

    /** The index partition of a tenant's customers. */
    public static String tenantCustomersPartition(TenantId tenant) {
        return "TENANT#" + tenant.value() + "#CUSTOMERS";
    }

    /** The index partition of a tenant's KYC cases waiting for an analyst. */
    public static String reviewQueuePartition(TenantId tenant) {
        return "TENANT#" + tenant.value() + "#KYCREVIEWS";
    }

    /** The partition of one customer's item collection. */
    public static String customerPartition(TenantId tenant, String customerId) {
        return "TENANT#" + tenant.value() + "#CUSTOMER#" + customerId;
    }

    /** The partition of a case's pointer item. */
    public static String casePointerPartition(TenantId tenant, String caseId) {
        return "TENANT#" + tenant.value() + "#KYCCASE#" + caseId;
    }

    /** The sort key of a case item. */
    public static String caseSort(String caseId) {
        return CASE_PREFIX + caseId;
    }
}
