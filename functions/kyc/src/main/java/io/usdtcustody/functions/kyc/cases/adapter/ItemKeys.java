package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.model.tenancy.TenantId;

/**
 * The keys of the KYC items in the customers table, all built from the tenant first so no key can name another
 * tenant's data. Cases sit in the customer's item collection beside onboarding's items (its customer item is
 * {@code sk CUSTOMER}, with profile and consent items); a small pointer item finds a case by id alone with a
 * consistent read (a GSI would be eventually consistent).
 * <pre>
 *   pk TENANT#&lt;t&gt;#CUSTOMER#&lt;customerId&gt;  sk KYCCASE#&lt;caseId&gt;   the case
 *   pk TENANT#&lt;t&gt;#CUSTOMER#&lt;customerId&gt;  sk KYC                the customer's KYC standing (risk, limits)
 *   pk TENANT#&lt;t&gt;#KYCCASE#&lt;caseId&gt;       sk KYCCASE            pointer: customerId
 * </pre>
 */
final class ItemKeys {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String CASE_PREFIX = "KYCCASE#";
    static final String STANDING_SK = "KYC";
    static final String POINTER_SK = "KYCCASE";
    /** Onboarding's customer item: the customer exists when it does. */
    static final String CUSTOMER_SK = "CUSTOMER";

    private ItemKeys() {
    }

    static String customer(TenantId tenant, String customerId) {
        return "TENANT#" + tenant.value() + "#CUSTOMER#" + customerId;
    }

    static String caseSort(String caseId) {
        return CASE_PREFIX + caseId;
    }

    static String pointer(TenantId tenant, String caseId) {
        return "TENANT#" + tenant.value() + "#KYCCASE#" + caseId;
    }
}
