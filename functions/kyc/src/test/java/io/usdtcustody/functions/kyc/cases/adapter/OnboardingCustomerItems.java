package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * For the KYC function's integration tests: onboarding's customer item as far as KYC reads it (key, tenant, and
 * the screening map in shared-model's {@link CustomerTable} shape), so a test can create a customer, clear or
 * flagged, without the onboarding function (the KYC gateway IT onboards through the real function).
 */
public final class OnboardingCustomerItems {
    private OnboardingCustomerItems() {
    }

    /** The customer item; {@code match} present means onboarding's screen matched with its hits. */
    public static Map<String, AttributeValue> item(TenantId tenant, String customerId, Optional<ScreeningReview> match) {
        Map<String, AttributeValue> screening = new HashMap<>(Map.of(
                CustomerTable.SCREENING_OUTCOME, AttributeValue.fromS(match.isPresent() ? CustomerTable.SCREENING_MATCH : "CLEAR"),
                CustomerTable.SCREENING_LIST_SOURCE, AttributeValue.fromS(match.map(ScreeningReview::listSource).orElse("list")),
                CustomerTable.SCREENING_THRESHOLD, AttributeValue.fromN("0.85"),
                CustomerTable.SCREENING_SCREENED_AT, AttributeValue.fromS(
                        match.map(review -> review.screenedAt().toString()).orElse("2025-07-01T09:00:00Z")),
                CustomerTable.SCREENING_HITS, HitItems.write(match.map(ScreeningReview::hits).orElse(List.of()))));
        return Map.of(CustomerTable.PK, AttributeValue.fromS(CustomerTable.customerPartition(tenant, customerId)),
                CustomerTable.SK, AttributeValue.fromS(CustomerTable.CUSTOMER_SK),
                CustomerTable.TYPE, AttributeValue.fromS("CUSTOMER"),
                CustomerTable.TENANT, AttributeValue.fromS(tenant.value()),
                CustomerTable.SCREENING, AttributeValue.fromM(screening));
    }
}
