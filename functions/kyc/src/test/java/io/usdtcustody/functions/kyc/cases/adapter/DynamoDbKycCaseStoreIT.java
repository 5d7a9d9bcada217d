package io.usdtcustody.functions.kyc.cases.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The store contract against DynamoDB Local, on the customers table the local cloud created from the catalogue. */
@LocalCloudTest(Service.DYNAMODB)
class DynamoDbKycCaseStoreIT extends KycCaseStoreContract {
    private final CloudResources cloud;
    private final String table;

    DynamoDbKycCaseStoreIT(CloudResources cloud) {
        this.cloud = cloud;
        this.table = cloud.naming().table(ResourceCatalogue.CUSTOMERS);
    }

    @Override
    KycCaseStore store() {
        return new DynamoDbKycCaseStore(cloud.dynamoDb(), table, new JsonCodec());
    }

    @Override
    void givenCustomer(TenantId tenant, String customerId) {
        cloud.dynamoDb().putItem(p -> p.tableName(table).item(
                OnboardingCustomerItems.item(tenant, customerId, Optional.empty())));
    }

    @Override
    void givenCustomerFlaggedAtOnboarding(TenantId tenant, String customerId, ScreeningReview match) {
        cloud.dynamoDb().putItem(p -> p.tableName(table).item(
                OnboardingCustomerItems.item(tenant, customerId, Optional.of(match))));
    }

    @Test
    void standing_shouldExposeTierAndLimitsAsPlainAttributes_forReadersThatDoNotParseJson() {
        givenCustomer(ACME, customer);
        update_shouldKeepEveryPartOfADecidedCase_andTheStandingWithItsRisk();

        var item = cloud.dynamoDb().getItem(g -> g.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS(ItemKeys.customer(ACME, customer)), "sk", AttributeValue.fromS("KYC")))).item();

        assertThat(item.get("status").s()).isEqualTo("UNDER_REVIEW");
        assertThat(item.get("tier").s()).isEqualTo("HIGH");
        assertThat(item.get("perTransactionLimitUsdt").s()).isEqualTo("10000");
        assertThat(item.get("risk").s()).startsWith("{\"modelVersion\":\"2025-06-30.1\"");
    }
}
