package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.tenancy.TenantId;

/**
 * The keys of the KYC items in the customers table, as the shared {@link CustomerTable} defines them (cases and
 * the standing sit in the customer's item collection beside onboarding's items; a small pointer item finds a case
 * by id alone with a consistent read, where a GSI would be eventually consistent).
 */
final class ItemKeys {
    static final String PK = CustomerTable.PK;
    static final String SK = CustomerTable.SK;
    static final String CASE_PREFIX = CustomerTable.CASE_PREFIX;
    static final String STANDING_SK = CustomerTable.STANDING_SK;
    static final String POINTER_SK = CustomerTable.CASE_POINTER_SK;
    /** Onboarding's customer item: the customer exists when it does. */
    static final String CUSTOMER_SK = CustomerTable.CUSTOMER_SK;

    private ItemKeys() {
    }

    static String customer(TenantId tenant, String customerId) {
        return CustomerTable.customerPartition(tenant, customerId);
    }

    static String caseSort(String caseId) {
        return CustomerTable.caseSort(caseId);
    }

    static String pointer(TenantId tenant, String caseId) {
        return CustomerTable.casePointerPartition(tenant, caseId);
    }
}
