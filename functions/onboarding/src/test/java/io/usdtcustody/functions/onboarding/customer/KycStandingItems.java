package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * For onboarding's integration tests: the part of the KYC function's standing item that onboarding reads, keyed
 * and named by shared-model's {@link CustomerTable}, so a test can put a customer in a KYC standing without
 * running the KYC function (its end-to-end IT covers the function writing it).
 */
public final class KycStandingItems {
    private KycStandingItems() {
    }

    public static Map<String, AttributeValue> item(TenantId tenant, String customerId, KycStandingStatus status) {
        return Map.of(CustomerTable.PK, AttributeValue.fromS(CustomerTable.customerPartition(tenant, customerId)),
                CustomerTable.SK, AttributeValue.fromS(CustomerTable.STANDING_SK),
                CustomerTable.TENANT, AttributeValue.fromS(tenant.value()),
                CustomerTable.STANDING_STATUS, AttributeValue.fromS(status.name()));
    }
}
