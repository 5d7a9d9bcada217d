package io.usdtcustody.model.customers;

import io.usdtcustody.model.tenancy.TenantId;

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
 * </pre>
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

    private CustomerTable() {
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
